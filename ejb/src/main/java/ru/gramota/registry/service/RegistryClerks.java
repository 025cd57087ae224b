package ru.gramota.registry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccount;
import ru.gramota.admin.AdministrationRights;
import ru.gramota.org.Organisation;
import ru.gramota.platform.AccessDeniedException;

/** Who may do the registry's work: the registry clerks of an organisation. */
@Stateless
public class RegistryClerks {

    @EJB
    private AdministrationRights rights;

    /** The caller, if a registry clerk of the organisation. */
    public UserAccount requireClerkOf(Organisation organisation, String what) {
        UserAccount caller = rights.caller();
        if (!isClerkOf(caller, organisation)) {
            throw new AccessDeniedException("Only the registry of " + organisation.code() + " " + what);
        }
        return caller;
    }

    /** The caller, if a registry clerk of some organisation. */
    public UserAccount requireAnyClerk(String what) {
        UserAccount caller = rights.caller();
        if (caller.grants().stream().noneMatch(g -> g.role() == Role.REGISTRY_CLERK)) {
            throw new AccessDeniedException("Only registry clerks " + what);
        }
        return caller;
    }

    static boolean isClerkOf(UserAccount account, Organisation organisation) {
        return account.grants().stream()
                .anyMatch(g ->
                        g.role() == Role.REGISTRY_CLERK && g.organisation().id().equals(organisation.id()));
    }
}
