package ru.gramota.web.api;

import static ru.gramota.web.api.Requests.body;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.access.PasswordPolicy;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccount;
import ru.gramota.admin.EmployeeAdministration;
import ru.gramota.admin.EmployeeView;
import ru.gramota.platform.Codes;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;

/** People: their accounts, roles and positions. */
@Path("/employees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Employees")
public class EmployeesResource {
    // The bodies it reads (StrictJsonBodies); each @Schema states the service's limits for the OpenAPI document.
    public record NewEmployee(
            @Schema(
                    required = true,
                    pattern = UserAccount.USERNAME_PATTERN,
                    maxLength = UserAccount.USERNAME_LENGTH,
                    example = "ivanova")
            String username,

            @Schema(required = true, maxLength = UserAccount.FULL_NAME_LENGTH, example = "Иванова Мария Петровна")
            String fullName,

            @Schema(required = true, maxLength = PasswordPolicy.MAX_LENGTH, example = "Snezhnaya-Zima-2026")
            String password,

            @Schema(
                    required = true,
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    example = "MO-NOVOSIB",
                    description = "Home organisation")
            String organisationCode) {}

    public record EmployeeChange(
            @Schema(required = true, maxLength = UserAccount.FULL_NAME_LENGTH, example = "Петрова Мария Петровна")
            String fullName) {}

    public record EmailChange(
            @Schema(
                    required = true,
                    maxLength = UserAccount.EMAIL_LENGTH,
                    pattern = UserAccount.EMAIL_PATTERN,
                    example = "ivanova@mo-novosib.ru",
                    description = "Where the employee's reminders are mailed")
            String email) {}

    public record PasswordReset(
            @Schema(required = true, maxLength = PasswordPolicy.MAX_LENGTH, example = "Vesennyaya-Kapel-2027")
            String password) {}

    public record RoleGrant(
            @Schema(required = true, example = "REGISTRY_CLERK")
            Role role,

            @Schema(required = true, maxLength = Codes.MAX_LENGTH, pattern = Codes.PATTERN, example = "MO-NOVOSIB")
            String organisationCode) {}

    public record Appointment(
            @Schema(required = true, example = "151") Long positionId) {}

    @EJB
    private EmployeeAdministration administration;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The people whose home is an organisation")
    public List<EmployeeView> list(
            @Parameter(example = "MO-NOVOSIB") @QueryParam("organisation") String organisationCode) {
        if (organisationCode == null || organisationCode.isBlank()) {
            throw new InvalidInputException("organisation", CommonReason.ORGANISATION_PARAMETER_REQUIRED);
        }
        return administration.ofOrganisation(organisationCode);
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One person")
    public EmployeeView read(@Parameter(example = "ivanova") @PathParam("username") String username) {
        return administration.read(username);
    }

    @POST
    @Operation(summary = "Create an account in its home organisation")
    public Response create(NewEmployee request) {
        body(request);
        EmployeeView created = administration.create(
                request.username(),
                request.fullName(),
                Requests.password(request.password(), "password"),
                request.organisationCode());
        return Requests.created(uri, created.username(), created);
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Change a person's full name")
    public EmployeeView rename(
            @Parameter(example = "ivanova") @PathParam("username") String username, EmployeeChange request) {
        body(request);
        return administration.rename(username, request.fullName());
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Deactivate an account: it can no longer sign in and its tokens end")
    public EmployeeView deactivate(@Parameter(example = "ivanova") @PathParam("username") String username) {
        return administration.deactivate(username);
    }

    @PUT
    @Path("{username}/email")
    @Operation(summary = "Set the address the employee's reminders are mailed to")
    @APIResponse(responseCode = "200", description = "The employee")
    @APIResponse(responseCode = "400", description = "Not an e-mail address")
    public EmployeeView changeEmail(
            @Parameter(example = "ivanova") @PathParam("username") String username, EmailChange request) {
        Requests.body(request);
        if (request.email() == null) {
            throw new InvalidInputException("email", CommonReason.REQUIRED);
        }
        return administration.changeEmail(username, request.email());
    }

    @DELETE
    @Path("{username}/email")
    @Operation(summary = "Remove the employee's e-mail address: reminders stay in the inbox only")
    public EmployeeView removeEmail(@Parameter(example = "ivanova") @PathParam("username") String username) {
        return administration.changeEmail(username, null);
    }

    @PUT
    @Path("{username}/password")
    @Operation(summary = "Set a new password for someone (their tokens end)")
    public Response resetPassword(
            @Parameter(example = "ivanova") @PathParam("username") String username, PasswordReset request) {
        body(request);
        administration.resetPassword(username, Requests.password(request.password(), "password"));
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/roles")
    @Operation(summary = "Grant a role in an organisation")
    public EmployeeView grant(
            @Parameter(example = "ivanova") @PathParam("username") String username, RoleGrant request) {
        body(request);
        return administration.grant(
                username, Requests.required(request.role(), Role.class, "role"), request.organisationCode());
    }

    @DELETE
    @Path("{username}/roles/{organisation}/{role}")
    @Operation(summary = "Revoke a role in an organisation")
    public EmployeeView revoke(
            @Parameter(example = "ivanova") @PathParam("username") String username,
            @Parameter(example = "MO-NOVOSIB") @PathParam("organisation") String organisationCode,
            @Parameter(example = "REGISTRY_CLERK") @PathParam("role") String role) {
        return administration.revoke(username, Requests.oneOf(Role.class, role, "role"), organisationCode);
    }

    @POST
    @Path("{username}/positions")
    @Operation(summary = "Appoint a person to a position")
    public EmployeeView appoint(
            @Parameter(example = "ivanova") @PathParam("username") String username, Appointment request) {
        body(request);
        if (request.positionId() == null) {
            throw new InvalidInputException("positionId", CommonReason.REQUIRED);
        }
        return administration.appoint(username, request.positionId());
    }
}
