package ru.gramota.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;
import ru.gramota.access.Role;
import ru.gramota.registry.service.Choices;

/** The signed-in user as the pages show them. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @EJB
    private Choices choices;

    private String name;

    /** The user's full name (the user name of an account that has none). */
    public String getName() {
        if (name == null) {
            name = securityContext.getCallerPrincipal() == null ? "" : choices.fullName();
        }
        return name;
    }

    /** The user name the user signs in with. */
    public String getUsername() {
        return securityContext.getCallerPrincipal() == null
                ? ""
                : securityContext.getCallerPrincipal().getName();
    }

    /** The Russian names of the roles the user holds, in the order of {@link Role}. */
    public List<String> getRoles() {
        return Arrays.stream(Role.values())
                .filter(role -> securityContext.isCallerInRole(role.name()))
                .map(Role::russianName)
                .toList();
    }
}
