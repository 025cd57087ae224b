package ru.gramota.web.api;

import static ru.gramota.web.api.Requests.body;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.access.PasswordPolicy;
import ru.gramota.admin.EmployeeAdministration;
import ru.gramota.admin.EmployeeView;

/** The signed-in user. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {
    // The bodies it reads (StrictJsonBodies); each @Schema states the service's limits for the OpenAPI document.
    public record PasswordChange(
            @Schema(required = true, maxLength = PasswordPolicy.MAX_LENGTH, example = "Snezhnaya-Zima-2026")
            String currentPassword,

            @Schema(required = true, maxLength = PasswordPolicy.MAX_LENGTH, example = "Vesennyaya-Kapel-2027")
            String newPassword) {}

    @EJB
    private EmployeeAdministration administration;

    @Inject
    private SecurityContext security;

    @GET
    @Operation(summary = "Who I am: account, roles, positions")
    public EmployeeView me() {
        return administration.read(security.getCallerPrincipal().getName());
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change my password")
    public Response changePassword(PasswordChange request) {
        body(request);
        administration.changeOwnPassword(
                Requests.password(request.currentPassword(), "currentPassword"),
                Requests.password(request.newPassword(), "newPassword"));
        return Response.noContent().build();
    }
}
