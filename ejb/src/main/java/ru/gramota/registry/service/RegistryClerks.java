package ru.gramota.registry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import ru.gramota.access.AdministrationRights;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccount;
import ru.gramota.org.Organisation;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.Reason;

/** Who may do the registry's work: the registry clerks of an organisation. */
@Stateless
public class RegistryClerks {

    @EJB
    private AdministrationRights rights;

    /**
     * The caller, if a registry clerk of the organisation.
     *
     * @param refusal what to tell anyone else, with the organisation's code as its argument
     */
    public UserAccount requireClerkOf(Organisation organisation, Reason refusal) {
        UserAccount caller = rights.caller();
        if (!isClerkOf(caller, organisation)) {
            throw new AccessDeniedException(refusal, organisation.code());
        }
        return caller;
    }

    /** The caller, if a registry clerk of some organisation; {@code refusal} is what anyone else is told. */
    public UserAccount requireAnyClerk(Reason refusal) {
        UserAccount caller = rights.caller();
        if (caller.grants().stream().noneMatch(g -> g.role() == Role.REGISTRY_CLERK)) {
            throw new AccessDeniedException(refusal);
        }

        return caller;
    }

    static boolean isClerkOf(UserAccount account, Organisation organisation) {
        return account.grants().stream()
                .anyMatch(g ->
                        g.role() == Role.REGISTRY_CLERK && g.organisation().id().equals(organisation.id()));
    }
}
