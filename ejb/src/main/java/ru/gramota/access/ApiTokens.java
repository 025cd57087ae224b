package ru.gramota.access;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Bearer tokens for the REST API. A client exchanges a user name and password for a token once (with
 * the same lockout as the sign-in page) and sends {@code Authorization: Bearer <token>} afterwards;
 * checking a token costs one indexed lookup instead of a PBKDF2 computation per request.
 */
@Stateless
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private UserAccounts accounts;

    @Inject
    private AccessSettings settings;

    /** Signs in and issues a token; empty when the sign-in is refused. */
    public Optional<IssuedToken> issue(String username, char[] password) {
        SignInResult result = accounts.signIn(username, password, "api");
        if (result.user().isEmpty()) {
            return Optional.empty();
        }
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = new ApiToken(
                hash(token), accounts.require(username.strip()), clock.instant(), settings.tokenLifetime());
        em.persist(stored);
        return Optional.of(
                new IssuedToken(token, stored.expiresAt(), stored.user().username()));
    }

    /**
     * The user a token belongs to, if the token is valid now. Every API request comes here: one query
     * brings the token, its user and the user's roles (they were a second query). It runs in a
     * transaction, which takes its connection from the pool the request's own transaction uses; without
     * one it took a second connection per request, from the separate pool of connections used outside
     * transactions, and two nodes under 32 clients ran PostgreSQL out of its 100 connections.
     */
    public Optional<SignedInUser> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        EntityGraph<ApiToken> withRoles = em.createEntityGraph(ApiToken.class);
        withRoles.addSubgraph("user").addAttributeNodes("grants");
        Optional<ApiToken> valid = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", hash(token))
                .setHint("jakarta.persistence.fetchgraph", withRoles)
                .getResultStream()
                .findFirst()
                .filter(t -> t.validAt(now, settings.tokenIdleTimeout()));
        valid.filter(t -> t.touchDue(now)).ifPresent(t -> t.touch(now));
        return valid.map(t -> UserAccounts.signedIn(t.user()));
    }

    /** Ends a token (signing out of the API). Unknown tokens are ignored. */
    public void revoke(String token) {
        em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", hash(token))
                .getResultStream()
                .findFirst()
                .ifPresent(t -> {
                    t.revoke(clock.instant());
                    accounts.recordSignOut(t.user().username(), "api");
                });
    }

    /** Ends every token of a user, e.g. when the account is deactivated or its password reset. */
    public void revokeAll(String username) {
        em.createNamedQuery(ApiToken.REVOKE_ALL_OF_USER)
                .setParameter("now", clock.instant())
                .setParameter("user", accounts.require(username).id())
                .executeUpdate();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
