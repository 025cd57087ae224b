package ru.gramota.registry.access;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.gramota.access.Role;
import ru.gramota.access.RoleGrant;
import ru.gramota.access.UserAccount;
import ru.gramota.registry.Correspondent;

/**
 * Who asks, as the access policy needs to know them: their account id and, for each role, the ids
 * of the organisations where they hold it.
 */
public record AccessSubject(long userId, Map<Role, Set<Long>> organisationsByRole) {

    /** Roles whose holders see the non-ДСП documents registered in their organisation. */
    static final Set<Role> OVERSEERS = EnumSet.of(Role.MANAGER, Role.CONTROLLER, Role.ARCHIVIST);

    public AccessSubject {
        organisationsByRole = Map.copyOf(organisationsByRole);
    }

    public static AccessSubject of(UserAccount account) {
        return new AccessSubject(
                account.id(),
                account.grants().stream()
                        .collect(Collectors.groupingBy(
                                RoleGrant::role,
                                Collectors.mapping(g -> g.organisation().id(), Collectors.toSet()))));
    }

    /**
     * The organisations where this person holds a role that works with documents: whose citizens
     * (correspondents kept by the organisation) they may see.
     */
    public Set<Long> documentOrganisations() {
        return organisationsByRole.entrySet().stream()
                .filter(e -> e.getKey().worksWithDocuments())
                .flatMap(e -> e.getValue().stream())
                .collect(Collectors.toSet());
    }

    /**
     * Whether this person may see a correspondents directory entry: organisations are shared by the
     * installation; a citizen's personal data is seen only by the people who work with documents in
     * the organisation that keeps it (59-ФЗ).
     */
    public boolean sees(Correspondent correspondent) {
        return correspondent.owner() == null
                || documentOrganisations().contains(correspondent.owner().id());
    }

    /** The organisations whose registry this person works in. */
    Set<Long> registryOrganisations() {
        return organisationsByRole.getOrDefault(Role.REGISTRY_CLERK, Set.of());
    }

    /** The organisations where this person oversees the documents: manager, controller, archivist. */
    Set<Long> overseenOrganisations() {
        Set<Long> overseen = new HashSet<>();
        OVERSEERS.forEach(role -> overseen.addAll(organisationsByRole.getOrDefault(role, Set.of())));
        return overseen;
    }
}
