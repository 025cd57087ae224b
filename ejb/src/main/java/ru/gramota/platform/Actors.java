package ru.gramota.platform;

import jakarta.ejb.EJBContext;
import java.security.Principal;

/** Who is acting, as the audit trail names them: the signed-in user, or "system" for the server's own work. */
public final class Actors {

    public static final String SYSTEM = "system";

    private Actors() {}

    public static String of(EJBContext context) {
        Principal caller = context.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || name.equals("anonymous") ? SYSTEM : name;
    }
}
