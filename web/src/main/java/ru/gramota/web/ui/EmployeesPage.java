package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import ru.gramota.access.Role;
import ru.gramota.admin.EmployeeAdministration;
import ru.gramota.admin.EmployeeView;
import ru.gramota.admin.OrganisationAdministration;
import ru.gramota.admin.OrganisationView;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Localized;
import ru.gramota.platform.UnknownEntityException;

/**
 * The people of one organisation ({@code ?organisation=…}) for administrators: their accounts, the
 * roles they hold in the organisation, new accounts, deactivation and password resets.
 */
@Named
@ViewScoped
public class EmployeesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> NEW_INPUTS =
            Map.of("username", "username", "fullName", "fullName", "password", "password");
    private static final Map<String, String> RESET_INPUTS = Map.of("password", "newPassword");

    @EJB
    private EmployeeAdministration employees;

    @EJB
    private OrganisationAdministration organisations;

    private String organisation;
    private boolean loaded;
    private OrganisationView organisationView;
    private String refusal;
    private List<EmployeeView> people = List.of();
    private EmployeeView selected;

    private String username;
    private String fullName;
    private String password;

    private Role role;
    private String newPassword;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (organisation == null || organisation.isBlank()) {
            refusal = "Не указана организация. Выберите её в дереве организаций.";
            return;
        }
        try {
            organisationView = organisations.read(organisation);
            people = employees.ofOrganisation(organisation);
        } catch (UnknownEntityException e) {
            refusal = e.message(Localized.RUSSIAN);
        }
    }

    /** Creates an account whose home is this organisation, with a temporary password. */
    public void create() {
        try {
            selected = employees.create(
                    username, fullName, password == null ? new char[0] : password.toCharArray(), organisation);
            people = employees.ofOrganisation(organisation);
            FacesErrors.done(
                    "Сотрудник добавлен",
                    selected.fullName() + " (" + selected.username()
                            + ") может войти с выданным паролем; назначьте ему роли.");
            username = null;
            fullName = null;
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "newEmployee", NEW_INPUTS);
        } catch (ConflictException e) {
            FacesErrors.under("newEmployee", "username", e.message(Localized.RUSSIAN));
        } catch (AccessDeniedException e) {
            FacesErrors.refused(e);
        } finally {
            password = null;
        }
    }

    /** Shows one person's roles and actions. */
    public void select(EmployeeView employee) {
        selected = employee;
        role = null;
        newPassword = null;
    }

    /** Grants the chosen role in this organisation to the chosen person. */
    public void grant() {
        if (role == null) {
            FacesErrors.under("roles", "role", "Выберите роль.");
            return;
        }
        try {
            selected = employees.grant(selected.username(), role, organisation);
            people = employees.ofOrganisation(organisation);
            FacesErrors.done("Роль назначена", selected.fullName() + ": " + role.russianName() + ".");
            role = null;
        } catch (InvalidInputException e) {
            FacesErrors.global("Роль не назначена", e.errors().get(0).message(Localized.RUSSIAN));
        } catch (ConflictException | AccessDeniedException | UnknownEntityException e) {
            FacesErrors.refused(e);
        }
    }

    /** Takes a role held in this organisation away from the chosen person. */
    public void revoke(EmployeeView.RoleView held) {
        try {
            Role revoked = Role.valueOf(held.role());
            selected = employees.revoke(selected.username(), revoked, held.organisationCode());
            people = employees.ofOrganisation(organisation);
            FacesErrors.done("Роль снята", selected.fullName() + ": " + revoked.russianName() + ".");
        } catch (ConflictException | AccessDeniedException | UnknownEntityException e) {
            FacesErrors.refused(e);
        }
    }

    /** Sets a new temporary password for the chosen person. */
    public void resetPassword() {
        try {
            employees.resetPassword(selected.username(), newPassword == null ? new char[0] : newPassword.toCharArray());
            FacesErrors.done("Пароль изменён", "Сообщите новый пароль сотруднику " + selected.fullName() + ".");
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "password", RESET_INPUTS);
        } catch (AccessDeniedException | UnknownEntityException e) {
            FacesErrors.refused(e);
        } finally {
            newPassword = null;
        }
    }

    /** Deactivates the chosen person's account: they can no longer sign in; their history stays. */
    public void deactivate() {
        try {
            selected = employees.deactivate(selected.username());
            people = employees.ofOrganisation(organisation);
            FacesErrors.done("Учётная запись отключена", selected.fullName() + " больше не может войти.");
        } catch (ConflictException | AccessDeniedException | UnknownEntityException e) {
            FacesErrors.refused(e);
        }
    }

    /** The Russian name of a role as the API names it. */
    public String roleName(String role) {
        return Role.valueOf(role).russianName();
    }

    /** The roles the person holds here, in Russian, in the order of {@link Role}. */
    public String rolesHere(EmployeeView employee) {
        return String.join(
                ", ",
                employee.roles().stream()
                        .filter(r -> r.organisationCode().equals(organisation))
                        .map(r -> Role.valueOf(r.role()))
                        .sorted()
                        .map(Role::russianName)
                        .toList());
    }

    public List<Role> getRoles() {
        return Arrays.asList(Role.values());
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public OrganisationView getOrganisationView() {
        load();
        return organisationView;
    }

    public String getRefusal() {
        load();
        return refusal;
    }

    public List<EmployeeView> getPeople() {
        load();
        return people;
    }

    public EmployeeView getSelected() {
        return selected;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
