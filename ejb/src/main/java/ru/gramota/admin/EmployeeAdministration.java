package ru.gramota.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import ru.gramota.access.AccessReason;
import ru.gramota.access.AdministrationRights;
import ru.gramota.access.ApiTokens;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccount;
import ru.gramota.access.UserAccounts;
import ru.gramota.org.Organisations;
import ru.gramota.platform.AccessDeniedException;

/** People and their roles as administrators manage them. */
@Stateless
public class EmployeeAdministration {

    @EJB
    private AdministrationRights rights;

    @EJB
    private UserAccounts accounts;

    @EJB
    private Organisations organisations;

    @EJB
    private ApiTokens tokens;

    public EmployeeView create(String username, String fullName, char[] password, String organisationCode) {
        rights.requireAdministratorOf(organisations.require(organisationCode));
        return EmployeeView.of(accounts.create(username, fullName, password, organisationCode));
    }

    public EmployeeView rename(String username, String fullName) {
        rights.requireAdministratorOf(accounts.require(username).organisation());
        return EmployeeView.of(accounts.rename(username, fullName));
    }

    /** Sets the address the employee's reminders are mailed to; null removes it. */
    public EmployeeView changeEmail(String username, String email) {
        rights.requireAdministratorOf(accounts.require(username).organisation());
        return EmployeeView.of(accounts.changeEmail(username, email));
    }

    public EmployeeView deactivate(String username) {
        rights.requireAdministratorOf(accounts.require(username).organisation());
        UserAccount account = accounts.deactivate(username);
        tokens.revokeAll(username);
        return EmployeeView.of(account);
    }

    public void resetPassword(String username, char[] password) {
        rights.requireAdministratorOf(accounts.require(username).organisation());
        accounts.resetPassword(username, password);
        tokens.revokeAll(username);
    }

    /**
     * Grants a role; audited ({@code GRANT_ROLE}: who, to whom, which role, where). Nobody grants
     * their own roles (separation of duties): an administrator who could make himself a registry
     * clerk could read ДСП documents.
     */
    public EmployeeView grant(String username, Role role, String organisationCode) {
        rights.requireAdministratorOf(organisations.require(organisationCode));
        refuseOwn(username);
        accounts.grant(username, role, organisationCode);
        return EmployeeView.of(accounts.require(username));
    }

    /** Revokes a role; audited ({@code REVOKE_ROLE}). Nobody revokes their own roles either. */
    public EmployeeView revoke(String username, Role role, String organisationCode) {
        rights.requireAdministratorOf(organisations.require(organisationCode));
        refuseOwn(username);
        accounts.revoke(username, role, organisationCode);
        return EmployeeView.of(accounts.require(username));
    }

    private void refuseOwn(String username) {
        if (rights.caller().username().equals(username == null ? null : username.strip())) {
            throw new AccessDeniedException(AccessReason.OWN_ROLES);
        }
    }

    public EmployeeView appoint(String username, long positionId) {
        rights.requireAdministratorOf(organisations.position(positionId).organisation());
        accounts.appoint(username, positionId);
        return EmployeeView.of(accounts.require(username));
    }

    /** The signed-in user changes their own password. */
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        accounts.changePassword(rights.caller().username(), currentPassword, newPassword);
    }

    public EmployeeView read(String username) {
        rights.caller();
        return EmployeeView.of(accounts.require(username));
    }

    public List<EmployeeView> ofOrganisation(String organisationCode) {
        rights.caller();
        return accounts.ofOrganisation(organisationCode).stream()
                .map(EmployeeView::of)
                .toList();
    }
}
