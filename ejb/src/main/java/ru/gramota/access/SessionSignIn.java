package ru.gramota.access;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.gramota.platform.Localized;

/**
 * How callers are recognised: the one Jakarta Security mechanism of the application.
 *
 * <ul>
 *   <li>The web UI signs in with a form and stays signed in through the HTTP session. A request for
 *       a protected page without a signed-in user is redirected to the sign-in page, which remembers
 *       where the user was going (a Faces Ajax request, from a page left open after its session
 *       ended, gets the redirect as a partial response). Once a minute the session's account is
 *       checked again, so a deactivated user is signed out within a minute.
 *   <li>When an OpenID Connect provider is configured ({@link OpenIdSignIn}), the web UI may also
 *       sign in there instead (authorization code flow): {@code /oidc/sign-in} sends the browser to
 *       the provider, {@code /oidc/callback} takes it back, and the account of the user name the
 *       provider vouches for is signed in exactly as with the form. A refusal is shown on the sign-in
 *       page.
 *   <li>The REST API ({@code /api/}) is stateless: each request carries {@code Authorization: Bearer
 *       <token>} ({@link ApiTokens}); without a valid token a protected resource answers 401.
 * </ul>
 *
 * <p>It lives in this EJB module rather than in the web module so that every web module of the EAR
 * sees it: Jakarta Security applies one mechanism to all of them.
 */
@ApplicationScoped
public class SessionSignIn implements HttpAuthenticationMechanism {

    /**
     * Looked up once: {@code Json.createParser}, {@code Json.createObjectBuilder} and the like look
     * the provider up through the service loader at every call, a class-path scan that a profile of
     * registrations showed (docs/benchmarks.md).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String SIGN_IN_PAGE = "/login.xhtml";
    /** Session attribute: the page a signed-out user asked for, shown after sign-in. */
    public static final String RETURN_TO = "ru.gramota.access.returnTo";
    /** Session attribute: why the last sign-in through the provider was refused, in Russian, for the sign-in page. */
    public static final String REFUSAL = "ru.gramota.access.refusal";

    private static final Logger LOG = Logger.getLogger(SessionSignIn.class.getName());

    private static final String FACES_AJAX = "partial/ajax";
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

    @Inject
    private OpenIdSignIn openId;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        if (openId.enabled()) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (path.equals(OpenIdSignIn.START_PATH)) {
                return beginOpenId(request, context);
            }
            if (path.equals(OpenIdSignIn.CALLBACK_PATH)) {
                return completeOpenId(request, context);
            }
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
            rememberThePage(request);
            if (FACES_AJAX.equals(request.getHeader("Faces-Request"))) {
                return partialRedirect(response, request.getContextPath() + SIGN_IN_PAGE);
            }
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * Remembers the page to return to after signing in: the page asked for, or, for a form sent from a
     * page whose session has ended, that page (the path and query of the Referer: a form posts to the
     * page's address without its query). Only a page is worth returning to: not the icon or a script
     * the browser fetched meanwhile.
     */
    private static void rememberThePage(HttpServletRequest request) {
        String page = null;
        String accept = request.getHeader("Accept");
        if ("GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")) {
            String query = request.getQueryString();
            page = request.getRequestURI() + (query == null ? "" : "?" + query);
        } else if ("POST".equals(request.getMethod()) && request.getHeader("Referer") != null) {
            try {
                URI referer = new URI(request.getHeader("Referer"));
                page = referer.getRawPath() + (referer.getRawQuery() == null ? "" : "?" + referer.getRawQuery());
            } catch (URISyntaxException e) {
                page = null;
            }
        }
        if (page != null) {
            request.getSession().setAttribute(RETURN_TO, page);
        }
    }

    /**
     * A redirect a Faces Ajax request understands: the script of a page left open expects a partial
     * response, and would fail to read the sign-in page an HTTP redirect leads to.
     */
    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String target) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + target.replace("&", "&amp;")
                                    .replace("\"", "&quot;")
                                    .replace("<", "&lt;")
                            + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Object user = session.getAttribute(SIGNED_IN);
            if (user instanceof SignedInUser signedIn) {
                accounts.recordSignOut(
                        signedIn.username(), OpenIdSignIn.signedInThrough(session) ? OpenIdSignIn.CHANNEL : "web");
            }
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus beginOpenId(HttpServletRequest request, HttpMessageContext context) {
        try {
            return context.redirect(openId.begin(request).toString());
        } catch (OpenIdRefusal refusal) {
            return refuse(request, context, refusal);
        }
    }

    /**
     * The provider's answer: checked, then the account of that user name is signed in as with the
     * form (session user, new session id, audit record), and the browser goes where it was going.
     */
    private AuthenticationStatus completeOpenId(HttpServletRequest request, HttpMessageContext context) {
        OpenIdProvider.Identity identity;
        try {
            identity = openId.complete(request);
        } catch (OpenIdRefusal refusal) {
            return refuse(request, context, refusal);
        }
        Optional<SignedInUser> user = accounts.signInVouchedFor(identity.username(), OpenIdSignIn.CHANNEL)
                .user();
        if (user.isEmpty()) {
            return refuse(
                    request,
                    context,
                    new OpenIdRefusal(
                            AccessReason.OIDC_ACCOUNT_REFUSED,
                            List.of(identity.username()),
                            "The provider vouched for " + identity.username() + " (subject " + identity.subject()
                                    + "), whose account is unknown, deactivated or locked",
                            null));
        }
        HttpSession session = request.getSession();
        session.setAttribute(SIGNED_IN, user.get());
        session.setAttribute(CHECKED_AT, clock.instant());
        OpenIdSignIn.remember(session, identity);
        // A new session id at sign-in: an id planted before it is worthless afterwards.
        request.changeSessionId();
        return context.redirect(returnTo(request));
    }

    private static AuthenticationStatus refuse(
            HttpServletRequest request, HttpMessageContext context, OpenIdRefusal refusal) {
        Level level = refusal.reason() == AccessReason.OIDC_PROVIDER_UNAVAILABLE
                        || refusal.reason() == AccessReason.OIDC_ANSWER_INVALID
                ? Level.WARNING
                : Level.INFO;
        LOG.log(
                level,
                "Sign-in through the OpenID Connect provider refused: " + refusal.getMessage(),
                refusal.getCause());
        request.getSession().setAttribute(REFUSAL, refusal.reason().message(Localized.RUSSIAN, refusal.arguments()));
        return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
    }

    /**
     * The page the user was going to before signing in, if it is one of ours; the home page otherwise.
     * Used once: it is forgotten.
     */
    public static String returnTo(HttpServletRequest request) {
        HttpSession session = request.getSession();
        Object target = session.getAttribute(RETURN_TO);
        session.removeAttribute(RETURN_TO);
        String home = request.getContextPath() + "/";
        return target instanceof String path && path.startsWith(home) && !path.startsWith("//") ? path : home;
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
                    request,
                    response,
                    "The bearer token is not valid: it is unknown, expired or revoked."
                            + " Get a new one with POST /api/v1/tokens.");
        }
        if (context.isProtected()) {
            return unauthorized(
                    request,
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

    /**
     * Answers 401 with a problem body and ends the exchange. Undertow sends an error of its own after a
     * failed authentication unless the exchange is complete, and on a committed response that error
     * fails with a logged stack trace (UT010019) for every request without a valid token; so the
     * request body is read to its end (the listener's max-post-size bounds it, and the container would
     * read it anyway) and the response is closed, not only flushed.
     */
    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, String detail) {
        try {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"gramota\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            byte[] body = JSON.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Unauthorized")
                    .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                    .add("detail", detail)
                    .build()
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
