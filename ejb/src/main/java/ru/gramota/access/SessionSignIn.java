package ru.gramota.access;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How callers are recognised: the one Jakarta Security mechanism of the application.
 *
 * <ul>
 *   <li>The web UI signs in with a form and stays signed in through the HTTP session. A request for
 *       a protected page without a signed-in user is redirected to the sign-in page, which remembers
 *       where the user was going. Once a minute the session's account is checked again, so a
 *       deactivated user is signed out within a minute.
 *   <li>The REST API ({@code /api/}) is stateless: each request carries {@code Authorization: Bearer
 *       <token>} ({@link ApiTokens}); without a valid token a protected resource answers 401.
 * </ul>
 *
 * <p>It lives in this EJB module rather than in the web module so that every web module of the EAR
 * sees it: Jakarta Security applies one mechanism to all of them.
 */
@ApplicationScoped
public class SessionSignIn implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/login.xhtml";
    /** Session attribute: the page a signed-out user asked for, shown after sign-in. */
    public static final String RETURN_TO = "ru.gramota.access.returnTo";

    private static final String SIGNED_IN = "ru.gramota.access.signedIn";
    private static final String CHECKED_AT = "ru.gramota.access.checkedAt";
    private static final Duration RECHECK = Duration.ofMinutes(1);

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private Clock clock;

    @EJB
    private UserAccounts accounts;

    @EJB
    private ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession session = request.getSession();
            session.setAttribute(
                    SIGNED_IN, new SignedInUser(result.getCallerPrincipal().getName(), "", result.getCallerGroups()));
            session.setAttribute(CHECKED_AT, clock.instant());
            return context.notifyContainerAboutLogin(result);
        }
        Optional<SignedInUser> user = sessionUser(request);
        if (user.isPresent()) {
            return context.notifyContainerAboutLogin(
                    user.get().username(), user.get().roles());
        }
        if (context.isProtected()) {
            // Only a page is worth returning to: not the icon or a script the browser fetched meanwhile.
            String accept = request.getHeader("Accept");
            if ("GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")) {
                String query = request.getQueryString();
                request.getSession()
                        .setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Object user = session.getAttribute(SIGNED_IN);
            if (user instanceof SignedInUser signedIn) {
                accounts.recordSignOut(signedIn.username(), "web");
            }
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus validateApiRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<SignedInUser> user =
                    tokens.authenticate(authorization.substring(7).strip());
            if (user.isPresent()) {
                return context.notifyContainerAboutLogin(
                        user.get().username(), user.get().roles());
            }
            if (!context.isProtected()) {
                // A stale token must not stop a client from signing in again.
                return context.doNothing();
            }
            return unauthorized(
                    response,
                    "The bearer token is not valid: it is unknown, expired or revoked."
                            + " Get a new one with POST /api/v1/tokens.");
        }
        if (context.isProtected()) {
            return unauthorized(
                    response,
                    "Sign in first: get a token with POST /api/v1/tokens and send it as"
                            + " 'Authorization: Bearer <token>'.");
        }
        return context.doNothing();
    }

    /** The session's user, checked against the database at most once a minute. */
    private Optional<SignedInUser> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN) instanceof SignedInUser user)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant checkedAt = (Instant) session.getAttribute(CHECKED_AT);
        if (checkedAt == null || now.isAfter(checkedAt.plus(RECHECK))) {
            Optional<SignedInUser> current = accounts.current(user.username());
            if (current.isEmpty()) {
                session.invalidate();
                return Optional.empty();
            }
            session.setAttribute(SIGNED_IN, current.get());
            session.setAttribute(CHECKED_AT, now);
            return current;
        }
        return Optional.of(user);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"gramota\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("type", "about:blank")
                            .add("title", "Unauthorized")
                            .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                            .add("detail", detail)
                            .build()
                            .toString());
            // Committed now, so the container does not replace the problem details with its error page.
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
