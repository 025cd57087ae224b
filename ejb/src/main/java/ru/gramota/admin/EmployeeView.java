package ru.gramota.admin;

import java.io.Serializable;
import java.util.List;
import ru.gramota.access.UserAccount;

/** A person as the API shows them: never a password or its hash. */
public record EmployeeView(
        String username,
        String fullName,
        String email,
        String organisationCode,
        boolean active,
        List<RoleView> roles,
        List<PositionView> positions,
        long version)
        implements Serializable {

    /** One role held in one organisation. */
    public record RoleView(String role, String organisationCode) implements Serializable {}

    static EmployeeView of(UserAccount u) {
        return new EmployeeView(
                u.username(),
                u.fullName(),
                u.email(),
                u.organisation() == null ? null : u.organisation().code(),
                u.active(),
                u.grants().stream()
                        .map(g -> new RoleView(g.role().name(), g.organisation().code()))
                        .toList(),
                u.appointments().stream()
                        .map(a -> PositionView.of(a.position()))
                        .toList(),
                u.version());
    }
}
