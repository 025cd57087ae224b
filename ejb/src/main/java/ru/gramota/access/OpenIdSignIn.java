package ru.gramota.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signing in through an OpenID Connect provider, when {@code GRAMOTA_OIDC_PROVIDER_URL} is set: the
 * sign-in page shows a button that leads to {@link #START_PATH}; {@link SessionSignIn} sends the browser
 * on to the provider ({@link #begin}) and, when the provider sends it back to {@link #CALLBACK_PATH},
 * checks the answer ({@link #complete}) and signs the account of that user name in. Sign-out ends the
 * provider's session too ({@link #endSession}).
 *
 * <p>The attempt in flight (state, nonce, PKCE verifier) and, once signed in, the ID token are kept in
 * the HTTP session.
 */
@ApplicationScoped
public class OpenIdSignIn {

    public static final String START_PATH = "/oidc/sign-in";
    public static final String CALLBACK_PATH = "/oidc/callback";
    /** For the audit trail: how the person signed in. */
    public static final String CHANNEL = "oidc";

    private static final Logger LOG = Logger.getLogger(OpenIdSignIn.class.getName());
    private static final String ATTEMPT = "ru.gramota.access.openIdAttempt";
    private static final String ID_TOKEN = "ru.gramota.access.openIdToken";

    @Inject
    private Clock clock;

    @Inject
    private AccessSettings settings;

    private Optional<OpenIdProvider> provider;

    @PostConstruct
    void configure() {
        provider = settings.openId().map(OpenIdProvider::new);
        provider.ifPresent(p -> LOG.info("Signing in through the OpenID Connect provider "
                + p.settings().issuer() + " as client " + p.settings().clientId()));
    }

    /** Names the provider in the log at deployment ({@link AccessSettings} checked its settings before). */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        enabled();
    }

    public boolean enabled() {
        return provider.isPresent();
    }

    /** The text of the sign-in button, e.g. «Вход через ЕСИА-шлюз». */
    public String buttonText() {
        return provider.map(p -> p.settings().buttonText()).orElse("");
    }

    /** The origins pages may send forms to besides their own (sign-out leads to the provider). */
    public List<String> origins() {
        return provider.map(OpenIdProvider::origins).orElse(List.of());
    }

    /** Starts an attempt in the request's session: where to send the browser. */
    URI begin(HttpServletRequest request) throws OpenIdRefusal {
        OpenIdAttempt attempt = OpenIdAttempt.begin(redirectUri(request), clock.instant());
        URI target = require().authorizationUri(attempt);
        request.getSession().setAttribute(ATTEMPT, attempt);
        return target;
    }

    /**
     * Checks the provider's answer against the session's attempt, which it uses up: the identity the
     * provider vouches for.
     */
    OpenIdProvider.Identity complete(HttpServletRequest request) throws OpenIdRefusal {
        HttpSession session = request.getSession(false);
        OpenIdAttempt attempt = session == null ? null : (OpenIdAttempt) session.getAttribute(ATTEMPT);
        if (session != null) {
            session.removeAttribute(ATTEMPT);
        }
        URI base = attempt == null ? redirectUri(request) : attempt.redirectUri();
        String query = request.getQueryString();
        URI callback = URI.create(base + (query == null ? "" : "?" + query));
        return require().complete(callback, attempt, clock.instant());
    }

    /** Keeps the ID token in the session: sign-out sends it to the provider as a hint. */
    static void remember(HttpSession session, OpenIdProvider.Identity identity) {
        session.setAttribute(ID_TOKEN, identity.idToken());
    }

    /** Whether the session was signed in through the provider. */
    static boolean signedInThrough(HttpSession session) {
        return session != null && session.getAttribute(ID_TOKEN) != null;
    }

    /**
     * Where to send the browser after signing out here, so that the provider's session ends too: empty
     * when the session was not signed in through the provider, or the provider cannot say.
     */
    public Optional<URI> endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (provider.isEmpty() || !signedInThrough(session)) {
            return Optional.empty();
        }
        URI afterwards = redirectUri(request).resolve("../login.xhtml");
        Optional<URI> target = provider.get().endSessionUri((String) session.getAttribute(ID_TOKEN), afterwards);
        if (target.isEmpty()) {
            LOG.warning("Signed out here only: the provider "
                    + provider.get().settings().issuer() + " names no end-session endpoint or cannot be reached");
        }
        return target;
    }

    private OpenIdProvider require() throws OpenIdRefusal {
        return provider.orElseThrow(
                () -> new OpenIdRefusal(AccessReason.OIDC_PROVIDER_UNAVAILABLE, "OpenID Connect is not configured"));
    }

    /** The configured redirect URI, or this server's callback as the request reached it. */
    private URI redirectUri(HttpServletRequest request) {
        Optional<URI> configured = provider.flatMap(p -> p.settings().redirectUri());
        if (configured.isPresent()) {
            return configured.get();
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return URI.create(scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + CALLBACK_PATH);
    }
}
