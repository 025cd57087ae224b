package ru.gramota.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import ru.gramota.access.ApiTokens;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccount;
import ru.gramota.access.UserAccounts;
import ru.gramota.org.Organisations;

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

    public EmployeeView grant(String username, Role role, String organisationCode) {
        rights.requireAdministratorOf(organisations.require(organisationCode));
        accounts.grant(username, role, organisationCode);
        return EmployeeView.of(accounts.require(username));
    }

    public EmployeeView revoke(String username, Role role, String organisationCode) {
        rights.requireAdministratorOf(organisations.require(organisationCode));
        accounts.revoke(username, role, organisationCode);
        return EmployeeView.of(accounts.require(username));
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
