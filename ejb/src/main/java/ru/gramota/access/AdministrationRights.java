package ru.gramota.access;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.Collection;
import java.util.List;
import ru.gramota.org.Organisation;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.Actors;

/**
 * Who may administer what. A system administrator of an organisation administers it and everything
 * below it in the tree; a system administrator of a top-level organisation (the region) administers
 * the whole installation, including the audit trail. Nobody else administers anything.
 */
@Stateless
public class AdministrationRights {

    @Resource
    private SessionContext context;

    @EJB
    private UserAccounts accounts;

    /** The signed-in caller's account. */
    public UserAccount caller() {
        String name = Actors.of(context);
        if (Actors.SYSTEM.equals(name)) {
            throw new AccessDeniedException(AccessReason.SIGN_IN_FIRST);
        }
        return accounts.byUsername(name)
                .filter(UserAccount::active)
                .orElseThrow(() -> new AccessDeniedException(AccessReason.ACCOUNT_INACTIVE));
    }

    public void requireAdministratorOf(Organisation organisation) {
        requireAdministratorOfAll(List.of(organisation));
    }

    /** The caller administers every one of the organisations. */
    public void requireAdministratorOfAll(Collection<Organisation> organisations) {
        List<Organisation> administered = caller().grants().stream()
                .filter(g -> g.role() == Role.SYSTEM_ADMIN)
                .map(RoleGrant::organisation)
                .toList();
        for (Organisation organisation : organisations) {
            if (administered.stream().noneMatch(organisation::isWithin)) {
                throw new AccessDeniedException(AccessReason.ONLY_ADMINISTRATOR_OF, organisation.code());
            }
        }
    }

    /** The caller administers the whole installation: a system administrator of a top-level organisation. */
    public void requireInstallationAdministrator() {
        boolean allowed = caller().grants().stream()
                .anyMatch(g -> g.role() == Role.SYSTEM_ADMIN && g.organisation().parent() == null);
        if (!allowed) {
            throw new AccessDeniedException(AccessReason.ONLY_REGION_ADMINISTRATOR);
        }
    }
}
