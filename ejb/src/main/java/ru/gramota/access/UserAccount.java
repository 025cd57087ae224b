package ru.gramota.access;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import ru.gramota.org.Organisation;

/**
 * A person who signs in. The password is kept only as a {@link PasswordHash}; the roles are granted
 * per organisation ({@link RoleGrant}). A deactivated account keeps its history but cannot sign in.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.COUNT, query = "select count(u) from UserAccount u")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String COUNT = "UserAccount.count";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 100)
    private String username;

    @Column(name = "full_name", nullable = false, length = 300)
    private String fullName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleGrant> grants = new ArrayList<>();

    protected UserAccount() {}

    public UserAccount(String username, String fullName, PasswordHash password, Instant createdAt) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("User name must be 2-100 lower-case Latin letters, digits, dots,"
                    + " hyphens or underscores; got: " + username);
        }
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("Full name is required");
        }
        this.username = username;
        this.fullName = fullName.strip();
        this.passwordHash = Objects.requireNonNull(password, "password").encoded();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void grant(Role role, Organisation organisation) {
        boolean held = grants.stream()
                .anyMatch(g -> g.role() == role && g.organisation().equals(organisation));
        if (!held) {
            grants.add(new RoleGrant(this, organisation, role));
        }
    }

    boolean passwordMatches(char[] password) {
        return PasswordHash.parse(passwordHash).matches(password);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public boolean active() {
        return active;
    }

    public List<RoleGrant> grants() {
        return Collections.unmodifiableList(grants);
    }
}
