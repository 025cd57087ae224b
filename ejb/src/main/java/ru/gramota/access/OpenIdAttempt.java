package ru.gramota.access;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One sign-in at the OpenID Connect provider, from the redirect there until the provider sends the
 * browser back: the random {@code state} that ties the answer to this browser's session, the {@code
 * nonce} the ID token must carry, the PKCE code verifier, and the redirect URI the code is exchanged
 * with. Kept in the HTTP session and used once.
 */
record OpenIdAttempt(String state, String nonce, String codeVerifier, URI redirectUri, Instant startedAt)
        implements Serializable {

    /** Long enough to type a password and a second factor, short enough that a stale tab is refused. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    public OpenIdAttempt {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** A new attempt with fresh random values (256 bits of state and nonce, a 43-character verifier). */
    static OpenIdAttempt begin(URI redirectUri, Instant now) {
        return new OpenIdAttempt(
                new State(32).getValue(), new Nonce(32).getValue(), new CodeVerifier().getValue(), redirectUri, now);
    }

    /** Whether an answer with this state belongs to this attempt, and came back in time. */
    boolean answers(String answeredState, Instant now) {
        return answeredState != null
                && MessageDigest.isEqual(
                        state.getBytes(StandardCharsets.UTF_8), answeredState.getBytes(StandardCharsets.UTF_8))
                && now.isBefore(startedAt.plus(LIFETIME));
    }
}
