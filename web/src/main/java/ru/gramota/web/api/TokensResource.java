package ru.gramota.web.api;

import static ru.gramota.web.api.Requests.body;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.access.ApiTokens;
import ru.gramota.access.PasswordPolicy;
import ru.gramota.access.UserAccount;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;

/**
 * Signing in to the API: a user name and password are exchanged for a bearer token. Why tokens and
 * not HTTP Basic: a password check is a deliberately slow PBKDF2 computation, a token check is one
 * indexed lookup; a token can be revoked and expires; and the password crosses the network once.
 */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in")
public class TokensResource {
    // The bodies it reads (StrictJsonBodies); each @Schema states the service's limits for the OpenAPI document.
    public record Credentials(
            @Schema(required = true, maxLength = UserAccount.USERNAME_LENGTH, example = "ivanova")
            String username,

            @Schema(required = true, maxLength = PasswordPolicy.MAX_LENGTH, example = "Snezhnaya-Zima-2026")
            String password) {}

    @EJB
    private ApiTokens tokens;

    @POST
    @SecurityRequirements
    @Operation(summary = "Sign in: exchange a user name and password for a bearer token")
    public Response issue(Credentials request, @Context HttpHeaders headers) {
        body(request);
        // Lengths no account can have are refused as such: the rule is public, and reveals no account.
        InvalidInputException.requireText(request.username(), "username", UserAccount.USERNAME_LENGTH);
        if (request.password() != null && request.password().length() > PasswordPolicy.MAX_LENGTH) {
            throw new InvalidInputException("password", CommonReason.TOO_LONG, PasswordPolicy.MAX_LENGTH);
        }
        return tokens.issue(request.username(), Requests.password(request.password(), "password"))
                .map(token ->
                        Response.status(Response.Status.CREATED).entity(token).build())
                .orElseGet(() -> {
                    Locale language = Problem.language(headers);
                    return Problem.response(
                            Response.Status.UNAUTHORIZED, language, CommonReason.SIGN_IN_FAILED.message(language));
                });
    }

    @DELETE
    @Path("current")
    @Operation(summary = "Sign out: end the token this request carries")
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(authorization.substring(7).strip());
        }
        return Response.noContent().build();
    }
}
