package ru.gramota.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;
import ru.gramota.access.Role;

/** The signed-in user as the pages show them. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    public String getName() {
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
