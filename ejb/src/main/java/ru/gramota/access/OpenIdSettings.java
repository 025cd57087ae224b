package ru.gramota.access;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the OpenID Connect provider, from {@code GRAMOTA_OIDC_*}: its issuer URL (the
 * configuration is discovered at {@code <issuer>/.well-known/openid-configuration}), Gramota's client
 * id and secret there, the text of the sign-in button, the ID token claim that holds the user name, and
 * the redirect URI when the one derived from the request is wrong (behind a proxy).
 *
 * @param redirectUri empty: derived from each request as {@code <scheme>://<host>[:port]/oidc/callback}
 */
record OpenIdSettings(
        URI issuer,
        String clientId,
        String clientSecret,
        String buttonText,
        String usernameClaim,
        Optional<URI> redirectUri) {

    public static final String DEFAULT_BUTTON_TEXT = "Войти через единую учётную запись";
    public static final String DEFAULT_USERNAME_CLAIM = "preferred_username";

    public OpenIdSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(redirectUri, "redirectUri");
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException(
                    "GRAMOTA_OIDC_CLIENT_ID is required when GRAMOTA_OIDC_PROVIDER_URL is set");
        }
        if (clientSecret == null || clientSecret.isEmpty()) {
            throw new IllegalArgumentException(
                    "GRAMOTA_OIDC_CLIENT_SECRET is required when GRAMOTA_OIDC_PROVIDER_URL is set");
        }
        buttonText = buttonText == null || buttonText.isBlank() ? DEFAULT_BUTTON_TEXT : buttonText.strip();
        usernameClaim =
                usernameClaim == null || usernameClaim.isBlank() ? DEFAULT_USERNAME_CLAIM : usernameClaim.strip();
    }

    /**
     * The settings, or empty when no provider URL is set (OpenID Connect is off).
     *
     * @throws IllegalArgumentException if a provider is set but the rest does not make sense: the
     *     server refuses to start rather than show a button that cannot work
     */
    public static Optional<OpenIdSettings> of(
            Optional<String> providerUrl,
            Optional<String> clientId,
            Optional<String> clientSecret,
            Optional<String> buttonText,
            Optional<String> usernameClaim,
            Optional<String> redirectUri) {
        if (providerUrl.isEmpty() || providerUrl.get().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new OpenIdSettings(
                httpUri("GRAMOTA_OIDC_PROVIDER_URL", providerUrl.get()),
                clientId.map(String::strip).orElse(null),
                clientSecret.orElse(null),
                buttonText.orElse(null),
                usernameClaim.orElse(null),
                redirectUri.filter(u -> !u.isBlank()).map(u -> httpUri("GRAMOTA_OIDC_REDIRECT_URI", u))));
    }

    /** The origin of the provider ({@code https://id.region.ru}), which pages may send forms to. */
    public String providerOrigin() {
        return origin(issuer);
    }

    /** {@code scheme://host[:port]} of an absolute URI. */
    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static URI httpUri(String setting, String value) {
        // Kept as given: an issuer is compared character for character with the one in its tokens.
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(setting + " is not a URL: " + value, e);
        }
        if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                || uri.getRawAuthority() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    setting + " must be an http(s) URL without a query or fragment: " + value);
        }
        return uri;
    }
}
