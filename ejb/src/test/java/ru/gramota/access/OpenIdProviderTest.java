package ru.gramota.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.gramota.platform.Reason;

/**
 * Gramota as a relying party, against a small OpenID Connect provider on the loopback interface
 * (discovery, keys, token endpoint; its ID tokens signed with a key made for the test). The browser's
 * part is played by hand: the test builds the provider's answer the browser would bring back.
 */
class OpenIdProviderTest {

    private static final String CLIENT_ID = "gramota";
    private static final String CLIENT_SECRET = "client-secret-for-the-test";
    private static final URI REDIRECT = URI.create("https://sed.region.ru/oidc/callback");

    private static HttpServer server;
    private static String issuer;
    private static RSAKey signingKey;
    private static volatile UnaryOperator<JWTClaimsSet.Builder> idTokenChanges = UnaryOperator.identity();
    private static volatile RSAKey idTokenKey;
    private static volatile Map<String, String> lastTokenRequest = Map.of();
    private static volatile String lastAuthorization;
    /** The nonce the provider keeps with the code it issues: that of the test's attempt. */
    private static volatile String currentNonce;

    private final Instant now = Instant.now();
    private OpenIdProvider provider;
    private OpenIdAttempt attempt;

    @BeforeAll
    static void startProvider() throws Exception {
        signingKey = new RSAKeyGenerator(2048).keyID("provider-key").generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/region";
        server.createContext(
                "/realms/region/.well-known/openid-configuration", exchange -> answer(exchange, """
                {"issuer": "%1$s",
                 "authorization_endpoint": "%1$s/auth",
                 "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/keys",
                 "end_session_endpoint": "%1$s/logout",
                 "response_types_supported": ["code"],
                 "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"],
                 "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"]}
                """.formatted(issuer)));
        server.createContext(
                "/realms/region/keys", exchange -> answer(exchange, new JWKSet(signingKey.toPublicJWK()).toString()));
        server.createContext("/realms/region/token", OpenIdProviderTest::token);
        server.start();
    }

    @AfterAll
    static void stopProvider() {
        server.stop(0);
    }

    @BeforeEach
    void newAttempt() {
        idTokenChanges = UnaryOperator.identity();
        idTokenKey = signingKey;
        provider = new OpenIdProvider(settings(issuer));
        attempt = OpenIdAttempt.begin(REDIRECT, now);
        currentNonce = attempt.nonce();
    }

    @Test
    void withoutAProviderUrlOpenIdConnectIsOff() {
        assertEquals(
                Optional.empty(),
                OpenIdSettings.of(
                        Optional.empty(),
                        Optional.of(CLIENT_ID),
                        Optional.of(CLIENT_SECRET),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
    }

    @Test
    void theButtonTextAndTheUserNameClaimHaveDefaultsAndTheRedirectUriIsDerived() {
        OpenIdSettings settings = settings(issuer);

        assertEquals(OpenIdSettings.DEFAULT_BUTTON_TEXT, settings.buttonText());
        assertEquals("preferred_username", settings.usernameClaim());
        assertEquals(Optional.empty(), settings.redirectUri());
        assertEquals("http://127.0.0.1:" + server.getAddress().getPort(), settings.providerOrigin());
    }

    @Test
    void aProviderWithoutClientIdOrSecretOrWithAUrlThatIsNotHttpIsRefusedAtStart() {
        assertThrows(
                IllegalArgumentException.class,
                () -> OpenIdSettings.of(
                        Optional.of(issuer), Optional.empty(), Optional.of(CLIENT_SECRET), none(), none(), none()));
        assertThrows(
                IllegalArgumentException.class,
                () -> OpenIdSettings.of(
                        Optional.of(issuer), Optional.of(CLIENT_ID), Optional.empty(), none(), none(), none()));
        assertThrows(
                IllegalArgumentException.class,
                () -> OpenIdSettings.of(
                        Optional.of("ldap://id.region.ru"),
                        Optional.of(CLIENT_ID),
                        Optional.of(CLIENT_SECRET),
                        none(),
                        none(),
                        none()));
    }

    @Test
    void theBrowserIsSentToTheProviderWithStateNonceAndAnS256Challenge() throws Exception {
        URI target = provider.authorizationUri(attempt);
        Map<String, String> query = parameters(target.getRawQuery());

        assertEquals(
                issuer + "/auth",
                target.toString().substring(0, target.toString().indexOf('?')));
        assertEquals("code", query.get("response_type"));
        assertEquals(CLIENT_ID, query.get("client_id"));
        assertEquals(REDIRECT.toString(), query.get("redirect_uri"));
        assertTrue(query.get("scope").contains("openid"), query.get("scope"));
        assertEquals(attempt.state(), query.get("state"));
        assertEquals(attempt.nonce(), query.get("nonce"));
        assertEquals("S256", query.get("code_challenge_method"));
        assertEquals(s256(attempt.codeVerifier()), query.get("code_challenge"));
    }

    @Test
    void twoAttemptsNeverShareStateNonceOrVerifier() {
        OpenIdAttempt other = OpenIdAttempt.begin(REDIRECT, now);

        assertTrue(!other.state().equals(attempt.state())
                && !other.nonce().equals(attempt.nonce())
                && !other.codeVerifier().equals(attempt.codeVerifier()));
        assertTrue(attempt.state().length() >= 43, attempt.state());
    }

    @Test
    void theCodeIsExchangedWithTheSecretAndVerifierAndTheUserNameComesFromTheIdToken() throws Exception {
        OpenIdProvider.Identity identity = provider.complete(answer(attempt.state()), attempt, now);

        assertEquals("clerk.gov", identity.username());
        assertEquals("subject-1", identity.subject());
        assertEquals("the-code", lastTokenRequest.get("code"));
        assertEquals(attempt.codeVerifier(), lastTokenRequest.get("code_verifier"));
        assertEquals(REDIRECT.toString(), lastTokenRequest.get("redirect_uri"));
        assertTrue(lastAuthorization.startsWith("Basic "), lastAuthorization);
    }

    @Test
    void anotherClaimCanHoldTheUserName() throws Exception {
        provider = new OpenIdProvider(new OpenIdSettings(
                URI.create(issuer), CLIENT_ID, CLIENT_SECRET, null, "snils_login", Optional.empty()));
        idTokenChanges = claims -> claims.claim("snils_login", "ivanova");

        assertEquals(
                "ivanova",
                provider.complete(answer(attempt.state()), attempt, now).username());
    }

    @Test
    void anAnswerWithAnotherStateIsRefused() {
        assertRefused(AccessReason.OIDC_ATTEMPT_UNKNOWN, () -> provider.complete(answer("forged-state"), attempt, now));
    }

    @Test
    void anAnswerWhenTheSessionStartedNoSignInIsRefused() {
        assertRefused(AccessReason.OIDC_ATTEMPT_UNKNOWN, () -> provider.complete(answer(attempt.state()), null, now));
    }

    @Test
    void anAnswerAfterTenMinutesIsRefused() {
        assertRefused(
                AccessReason.OIDC_ATTEMPT_UNKNOWN,
                () -> provider.complete(answer(attempt.state()), attempt, now.plus(Duration.ofMinutes(11))));
    }

    @Test
    void theProvidersRefusalIsPassedOnWithItsCode() {
        URI denied = URI.create(REDIRECT + "?error=access_denied&state=" + attempt.state());

        OpenIdRefusal refusal =
                assertRefused(AccessReason.OIDC_PROVIDER_REFUSED, () -> provider.complete(denied, attempt, now));
        assertEquals(List.of("access_denied"), refusal.arguments());
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() {
        idTokenChanges = claims -> claims.claim("nonce", "another-nonce");

        assertRefused(AccessReason.OIDC_ANSWER_INVALID, () -> provider.complete(answer(attempt.state()), attempt, now));
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        idTokenChanges = claims -> claims.issueTime(Date.from(now.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(now.minus(Duration.ofHours(1))));

        assertRefused(AccessReason.OIDC_ANSWER_INVALID, () -> provider.complete(answer(attempt.state()), attempt, now));
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() {
        idTokenChanges = claims -> claims.audience("another-client");

        assertRefused(AccessReason.OIDC_ANSWER_INVALID, () -> provider.complete(answer(attempt.state()), attempt, now));
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused() {
        idTokenChanges = claims -> claims.issuer("https://elsewhere.example");

        assertRefused(AccessReason.OIDC_ANSWER_INVALID, () -> provider.complete(answer(attempt.state()), attempt, now));
    }

    @Test
    void anIdTokenSignedWithAKeyTheProviderDoesNotPublishIsRefused() throws JOSEException {
        idTokenKey = new RSAKeyGenerator(2048).keyID("provider-key").generate();

        assertRefused(AccessReason.OIDC_ANSWER_INVALID, () -> provider.complete(answer(attempt.state()), attempt, now));
    }

    @Test
    void anIdTokenWithoutTheUserNameClaimIsRefused() {
        idTokenChanges = claims -> claims.claim("preferred_username", null);

        assertRefused(AccessReason.OIDC_ANSWER_INVALID, () -> provider.complete(answer(attempt.state()), attempt, now));
    }

    @Test
    void aProviderThatCannotBeReachedIsSaidToBeUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        OpenIdProvider unreachable = new OpenIdProvider(settings("http://127.0.0.1:" + closedPort + "/realms/region"));

        assertRefused(AccessReason.OIDC_PROVIDER_UNAVAILABLE, () -> unreachable.authorizationUri(attempt));
    }

    @Test
    void signingOutSendsTheIdTokenAsHintAndWhereToComeBack() throws Exception {
        OpenIdProvider.Identity identity = provider.complete(answer(attempt.state()), attempt, now);
        URI back = URI.create("https://sed.region.ru/login.xhtml");

        URI target = provider.endSessionUri(identity.idToken(), back).orElseThrow();
        Map<String, String> query = parameters(target.getRawQuery());

        assertTrue(target.toString().startsWith(issuer + "/logout?"), target.toString());
        assertEquals(identity.idToken(), query.get("id_token_hint"));
        assertEquals(back.toString(), query.get("post_logout_redirect_uri"));
    }

    @Test
    void formsMayLeadToTheProvidersOrigin() throws Exception {
        provider.authorizationUri(attempt);

        assertEquals(List.of("http://127.0.0.1:" + server.getAddress().getPort()), provider.origins());
    }

    private interface Step {
        void run() throws OpenIdRefusal;
    }

    private static OpenIdRefusal assertRefused(Reason reason, Step step) {
        OpenIdRefusal refusal = assertThrows(OpenIdRefusal.class, step::run);
        assertEquals(reason, refusal.reason(), refusal.getMessage());
        return refusal;
    }

    private static OpenIdSettings settings(String issuerUrl) {
        return OpenIdSettings.of(
                        Optional.of(issuerUrl),
                        Optional.of(CLIENT_ID),
                        Optional.of(CLIENT_SECRET),
                        none(),
                        none(),
                        none())
                .orElseThrow();
    }

    private static Optional<String> none() {
        return Optional.empty();
    }

    /** What the browser brings back to the callback after signing in at the provider. */
    private static URI answer(String state) {
        return URI.create(REDIRECT + "?code=the-code&state=" + state);
    }

    /** The token endpoint: an ID token for clerk.gov with the nonce of the code's attempt. */
    private static void token(HttpExchange exchange) throws IOException {
        Map<String, String> form =
                parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        lastTokenRequest = form;
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        Instant issued = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("subject-1")
                .audience(CLIENT_ID)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofMinutes(5))))
                .claim("nonce", currentNonce)
                .claim("preferred_username", "clerk.gov");
        try {
            SignedJWT idToken = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(idTokenKey.getKeyID())
                            .build(),
                    idTokenChanges.apply(claims).build());
            idToken.sign(new RSASSASigner(idTokenKey));
            answer(exchange, """
                    {"access_token": "access", "token_type": "Bearer", "expires_in": 300, "id_token": "%s"}
                    """.formatted(idToken.serialize()));
        } catch (JOSEException e) {
            throw new IOException(e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Map<String, String> parameters(String encoded) {
        return Arrays.stream(encoded.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length < 2 ? "" : URLDecoder.decode(pair[1], StandardCharsets.UTF_8),
                        (a, b) -> b,
                        LinkedHashMap::new));
    }

    private static String s256(String verifier) throws Exception {
        return Base64URL.encode(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)))
                .toString();
    }
}
