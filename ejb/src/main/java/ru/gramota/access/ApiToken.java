package ru.gramota.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A bearer token of the REST API. Only the SHA-256 of the token is stored, so a copy of the database
 * gives nobody a usable token. A token ends when revoked, when it has been idle too long, at its
 * absolute expiry, or when its account is deactivated.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t join fetch t.user where t.tokenHash = :hash")
@NamedQuery(
        name = ApiToken.REVOKE_ALL_OF_USER,
        query = "update ApiToken t set t.revokedAt = :now where t.user.id = :user and t.revokedAt is null")
public class ApiToken {

    static final String BY_HASH = "ApiToken.byHash";
    static final String REVOKE_ALL_OF_USER = "ApiToken.revokeAllOfUser";

    /** Writing the last use at most this often keeps a busy client from writing on every request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(String tokenHash, UserAccount user, Instant now, Duration lifetime) {
        this.tokenHash = tokenHash;
        this.user = user;
        this.createdAt = now;
        this.lastUsedAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /** Whether the token may be used now: not revoked, not expired, not idle too long, its account active. */
    boolean validAt(Instant now, Duration idleTimeout) {
        return revokedAt == null
                && now.isBefore(expiresAt)
                && now.isBefore(lastUsedAt.plus(idleTimeout))
                && user.active();
    }

    /** Whether its last use is old enough to be written again: at most once a minute per token. */
    boolean touchDue(Instant now) {
        return now.isAfter(lastUsedAt.plus(TOUCH_INTERVAL));
    }

    /** Brings its last use up to date. */
    void touch(Instant now) {
        lastUsedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    UserAccount user() {
        return user;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
