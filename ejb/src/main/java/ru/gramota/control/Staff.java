package ru.gramota.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.gramota.access.AdministrationRights;
import ru.gramota.access.Appointment;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccount;
import ru.gramota.access.UserAccounts;
import ru.gramota.org.Department;
import ru.gramota.org.Organisation;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.InvalidInputException;

/**
 * Who may take part in control of an organisation's documents: managers write resolutions,
 * executors receive assignments, controllers (or managers) control them. Roles are held within
 * one organisation, as everywhere.
 */
@Dependent
class Staff {

    @EJB
    private AdministrationRights rights;

    @EJB
    private UserAccounts accounts;

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    /** The caller, signed in and active. */
    UserAccount caller() {
        return rights.caller();
    }

    /** The caller, if a manager of the organisation. */
    UserAccount requireManagerOf(Organisation organisation) {
        UserAccount caller = caller();
        if (!holds(caller, organisation, Set.of(Role.MANAGER))) {
            throw new AccessDeniedException(ControlReason.ONLY_MANAGER, organisation.code());
        }
        return caller;
    }

    /** An active executor of the organisation, named in {@code field}. */
    UserAccount executor(String username, Organisation organisation, String field) {
        return person(username, organisation, field, Set.of(Role.EXECUTOR), ControlReason.NOT_AN_EXECUTOR);
    }

    /** An active controller or manager of the organisation, named in {@code field}. */
    UserAccount controller(String username, Organisation organisation, String field) {
        return person(
                username, organisation, field, Set.of(Role.CONTROLLER, Role.MANAGER), ControlReason.NOT_A_CONTROLLER);
    }

    private UserAccount person(
            String username, Organisation organisation, String field, Set<Role> roles, ControlReason refusal) {
        String name = InvalidInputException.requireText(username, field, UserAccount.USERNAME_LENGTH);
        return accounts.byUsername(name)
                .filter(UserAccount::active)
                .filter(account -> holds(account, organisation, roles))
                .orElseThrow(() -> new InvalidInputException(field, refusal, name, organisation.code()));
    }

    /**
     * Up to {@code limit} active people of the organisation holding one of the roles whose name or user
     * name contains {@code typed}, by name: what a picker offers as one types.
     */
    List<UserAccount> holding(Organisation organisation, Set<Role> roles, String typed, int limit) {
        String pattern = "%" + (typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery(
                        "select distinct u from RoleGrant g join g.user u where g.organisation = :organisation"
                                + " and g.role in :roles and u.active = true"
                                + " and (lower(u.fullName) like :typed or u.username like :typed)"
                                + " order by u.fullName",
                        UserAccount.class)
                .setParameter("organisation", organisation)
                .setParameter("roles", roles)
                .setParameter("typed", pattern)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Whether the person is a manager of the organisation: may write resolutions on its documents. */
    static boolean manages(UserAccount person, Organisation organisation) {
        return holds(person, organisation, Set.of(Role.MANAGER));
    }

    /** The department of the person's first position in the organisation, or null: for the reports. */
    static Department departmentOf(UserAccount person, Organisation organisation) {
        return person.appointments().stream()
                .map(Appointment::position)
                .filter(p -> p.organisation().id().equals(organisation.id()) && p.department() != null)
                .map(p -> p.department())
                .findFirst()
                .orElse(null);
    }

    private static boolean holds(UserAccount account, Organisation organisation, Set<Role> roles) {
        return account.grants().stream()
                .anyMatch(g -> roles.contains(g.role()) && g.organisation().id().equals(organisation.id()));
    }
}
