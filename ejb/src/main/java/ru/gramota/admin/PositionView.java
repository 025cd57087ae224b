package ru.gramota.admin;

import java.io.Serializable;
import ru.gramota.org.StaffPosition;

/** A position as the API shows it. */
public record PositionView(long id, String organisationCode, String departmentCode, String title, boolean active)
        implements Serializable {

    static PositionView of(StaffPosition p) {
        return new PositionView(
                p.id(),
                p.organisation().code(),
                p.department() == null ? null : p.department().code(),
                p.title(),
                p.active());
    }
}
