package ru.gramota.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Gramota as a relying party of one OpenID Connect provider (authorization code flow with PKCE and a
 * client secret), with Nimbus' OAuth 2.0 / OpenID Connect SDK: where to send the browser, how to turn
 * the code it brings back into a checked ID token, and where to send it to sign out at the provider.
 *
 * <p>The provider's configuration is discovered on first use and kept; until it has been read once,
 * nothing is asked of the provider, so a server whose provider is down still starts, and signing in
 * with a password still works. The ID token is checked with {@link IDTokenValidator}: signature by
 * the provider's published keys (RS256), issuer, audience, expiry and the attempt's nonce.
 */
final class OpenIdProvider {

    /** What the provider vouched for: the user name from the configured claim, and the ID token itself. */
    public record Identity(String username, String subject, String idToken) {}

    private static final int TIMEOUT_MILLIS = 5000;
    private static final int JWKS_SIZE_LIMIT = 256 * 1024;

    private final OpenIdSettings settings;
    private final ClientID clientId;
    private volatile Discovered discovered;

    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

    public OpenIdProvider(OpenIdSettings settings) {
        this.settings = settings;
        this.clientId = new ClientID(settings.clientId());
    }

    public OpenIdSettings settings() {
        return settings;
    }

    /**
     * Where to send the browser to sign in: the provider's authorization endpoint with the attempt's
     * state, nonce and PKCE (S256) challenge.
     */
    public URI authorizationUri(OpenIdAttempt attempt) throws OpenIdRefusal {
        OIDCProviderMetadata metadata = discover().metadata();
        return new AuthenticationRequest.Builder(ResponseType.CODE, scope(), clientId, attempt.redirectUri())
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(new State(attempt.state()))
                .nonce(new Nonce(attempt.nonce()))
                .codeChallenge(new CodeVerifier(attempt.codeVerifier()), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /**
     * Completes a sign-in from the provider's answer (the callback URI with its query): checks that
     * it answers this attempt, exchanges the code for tokens and checks the ID token.
     *
     * @param attempt the session's attempt; {@code null} when the session has none (refused)
     */
    public Identity complete(URI callback, OpenIdAttempt attempt, Instant now) throws OpenIdRefusal {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new OpenIdRefusal(
                    AccessReason.OIDC_ATTEMPT_UNKNOWN, List.of(), "Unreadable answer from the provider: " + e, null);
        }
        String answeredState =
                response.getState() == null ? null : response.getState().getValue();
        if (attempt == null || !attempt.answers(answeredState, now)) {
            throw new OpenIdRefusal(
                    AccessReason.OIDC_ATTEMPT_UNKNOWN,
                    attempt == null
                            ? "An answer from the provider, but this session started no sign-in"
                            : "An answer from the provider with another state, or too late");
        }
        if (response instanceof AuthenticationErrorResponse error) {
            throw refusedByProvider(error.getErrorObject());
        }
        AuthenticationSuccessResponse success = (AuthenticationSuccessResponse) response;
        Discovered provider = discover();
        if (success.getIssuer() != null
                && !success.getIssuer().equals(provider.metadata().getIssuer())) {
            // RFC 9207: the answer names who sent it; another issuer means a mix-up.
            throw new OpenIdRefusal(
                    AccessReason.OIDC_ANSWER_INVALID, "The answer names another issuer: " + success.getIssuer());
        }
        AuthorizationCode code = success.getAuthorizationCode();
        if (code == null) {
            throw new OpenIdRefusal(AccessReason.OIDC_ANSWER_INVALID, "The provider's answer carries no code");
        }
        JWT idToken = exchange(provider.metadata(), code, attempt);
        IDTokenClaimsSet claims;
        try {
            claims = provider.validator().validate(idToken, new Nonce(attempt.nonce()));
        } catch (BadJOSEException e) {
            throw new OpenIdRefusal(
                    AccessReason.OIDC_ANSWER_INVALID, List.of(), "The ID token is not valid: " + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new OpenIdRefusal(
                    AccessReason.OIDC_PROVIDER_UNAVAILABLE,
                    List.of(),
                    "The ID token cannot be checked (the provider's keys?): " + e.getMessage(),
                    e);
        }
        String username = claims.getStringClaim(settings.usernameClaim());
        if (username == null || username.isBlank()) {
            throw new OpenIdRefusal(
                    AccessReason.OIDC_ANSWER_INVALID,
                    "The ID token of subject " + claims.getSubject() + " has no claim " + settings.usernameClaim());
        }
        return new Identity(username.strip(), claims.getSubject().getValue(), idToken.getParsedString());
    }

    /**
     * Where to send the browser to sign out at the provider too (RP-initiated logout with the ID token
     * as hint), or empty when the provider publishes no end-session endpoint or cannot be reached.
     */
    public Optional<URI> endSessionUri(String idToken, URI postLogoutRedirectUri) {
        try {
            URI endpoint = discover().metadata().getEndSessionEndpointURI();
            if (endpoint == null) {
                return Optional.empty();
            }
            return Optional.of(
                    new LogoutRequest(endpoint, JWTParser.parse(idToken), postLogoutRedirectUri, null).toURI());
        } catch (OpenIdRefusal | java.text.ParseException e) {
            return Optional.empty();
        }
    }

    /** The origins pages may send forms and the browser to: the issuer's and its endpoints'. */
    public List<String> origins() {
        Discovered known = discovered;
        if (known == null) {
            return List.of(settings.providerOrigin());
        }
        return Stream.of(
                        settings.issuer(),
                        known.metadata().getAuthorizationEndpointURI(),
                        known.metadata().getEndSessionEndpointURI())
                .filter(Objects::nonNull)
                .map(OpenIdSettings::origin)
                .distinct()
                .toList();
    }

    private JWT exchange(OIDCProviderMetadata metadata, AuthorizationCode code, OpenIdAttempt attempt)
            throws OpenIdRefusal {
        TokenRequest request = new TokenRequest.Builder(
                        metadata.getTokenEndpointURI(),
                        clientAuthentication(metadata),
                        new AuthorizationCodeGrant(
                                code, attempt.redirectUri(), new CodeVerifier(attempt.codeVerifier())))
                .build();
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(TIMEOUT_MILLIS);
        http.setReadTimeout(TIMEOUT_MILLIS);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw new OpenIdRefusal(
                    AccessReason.OIDC_PROVIDER_UNAVAILABLE,
                    List.of(),
                    "The provider's token endpoint " + metadata.getTokenEndpointURI() + " cannot be reached: " + e,
                    e);
        } catch (ParseException e) {
            throw new OpenIdRefusal(
                    AccessReason.OIDC_ANSWER_INVALID, List.of(), "Unreadable answer from the token endpoint: " + e, e);
        }
        if (!response.indicatesSuccess()) {
            throw refusedByProvider(response.toErrorResponse().getErrorObject());
        }
        if (!(response.toSuccessResponse() instanceof OIDCTokenResponse tokens)
                || tokens.getOIDCTokens().getIDToken() == null) {
            throw new OpenIdRefusal(
                    AccessReason.OIDC_ANSWER_INVALID, "The token endpoint answered without an ID token");
        }
        return tokens.getOIDCTokens().getIDToken();
    }

    private ClientAuthentication clientAuthentication(OIDCProviderMetadata metadata) {
        Secret secret = new Secret(settings.clientSecret());
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        boolean onlyPost = methods != null
                && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        return onlyPost ? new ClientSecretPost(clientId, secret) : new ClientSecretBasic(clientId, secret);
    }

    private Scope scope() {
        Scope scope = new Scope("openid", "profile");
        if (settings.usernameClaim().equals("email")) {
            scope.add("email");
        }
        return scope;
    }

    private OpenIdRefusal refusedByProvider(ErrorObject error) {
        String code = error == null || error.getCode() == null ? "unknown" : error.getCode();
        return new OpenIdRefusal(
                AccessReason.OIDC_PROVIDER_REFUSED,
                List.of(code),
                "The provider refused: " + code + (error == null ? "" : " " + error.getDescription()),
                null);
    }

    /** The provider's configuration, read once; a failed read is tried again next time. */
    private Discovered discover() throws OpenIdRefusal {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered == null) {
                discovered = read();
            }
            return discovered;
        }
    }

    private Discovered read() throws OpenIdRefusal {
        Issuer issuer = new Issuer(settings.issuer());
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.resolve(issuer, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        } catch (IOException | GeneralException e) {
            throw new OpenIdRefusal(
                    AccessReason.OIDC_PROVIDER_UNAVAILABLE,
                    List.of(),
                    "The OpenID Connect configuration of " + issuer + " cannot be read: " + e,
                    e);
        }
        List<JWSAlgorithm> algorithms = metadata.getIDTokenJWSAlgs();
        if (algorithms != null && !algorithms.contains(JWSAlgorithm.RS256)) {
            throw new OpenIdRefusal(
                    AccessReason.OIDC_PROVIDER_UNAVAILABLE,
                    "The provider " + issuer + " does not sign ID tokens with RS256, only " + algorithms);
        }
        if (metadata.getJWKSetURI() == null) {
            throw new OpenIdRefusal(
                    AccessReason.OIDC_PROVIDER_UNAVAILABLE,
                    "The provider " + issuer + " publishes no key set (jwks_uri)");
        }
        try {
            IDTokenValidator validator = new IDTokenValidator(
                    metadata.getIssuer(),
                    clientId,
                    JWSAlgorithm.RS256,
                    metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, JWKS_SIZE_LIMIT));
            return new Discovered(metadata, validator);
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new OpenIdRefusal(
                    AccessReason.OIDC_PROVIDER_UNAVAILABLE,
                    List.of(),
                    "The provider " + issuer + " publishes no usable key set: " + e,
                    e);
        }
    }
}
