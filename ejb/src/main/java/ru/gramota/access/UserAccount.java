package ru.gramota.access;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import ru.gramota.org.Organisation;
import ru.gramota.org.StaffPosition;
import ru.gramota.platform.InvalidInputException;

/**
 * A person who signs in, administered by their home organisation. The password is kept only as a
 * {@link PasswordHash}; roles are granted per organisation ({@link RoleGrant}); positions are held
 * through {@link Appointment}s. Repeated failed sign-ins lock the account for a while ({@link
 * LockoutPolicy}). A deactivated account keeps its history but cannot sign in.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.COUNT, query = "select count(u) from UserAccount u")
@NamedQuery(
        name = UserAccount.OF_ORGANISATION,
        query = "select u from UserAccount u where u.organisation.code = :organisation order by u.username")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String COUNT = "UserAccount.count";
    public static final String OF_ORGANISATION = "UserAccount.ofOrganisation";

    public static final int FULL_NAME_LENGTH = 300;

    /** The rule for user names, as the OpenAPI document states it too. */
    public static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{1,99}$";

    public static final int USERNAME_LENGTH = 100;

    /** The longest e-mail address (RFC 5321's limit on a path). */
    public static final int EMAIL_LENGTH = 254;

    /** An e-mail address as accounts take it: one @, no spaces, a dot in the domain. */
    public static final String EMAIL_PATTERN = "^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$";

    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

    /** What one sign-in attempt came to. */
    public enum Attempt {
        SIGNED_IN,
        WRONG_PASSWORD,
        LOCKED,
        INACTIVE
    }

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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleGrant> grants = new ArrayList<>();

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Appointment> appointments = new ArrayList<>();

    protected UserAccount() {}

    public UserAccount(
            String username, String fullName, PasswordHash password, Organisation organisation, Instant createdAt) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", AccessReason.USERNAME_FORMAT);
        }
        this.username = username;
        rename(fullName);
        this.passwordHash = Objects.requireNonNull(password, "password").encoded();
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.passwordChangedAt = createdAt;
    }

    public void rename(String fullName) {
        this.fullName = InvalidInputException.requireText(fullName, "fullName", FULL_NAME_LENGTH);
    }

    /** Checks a password at sign-in against the stored hash, then decides as below. */
    Attempt signIn(char[] password, Instant now, LockoutPolicy lockout) {
        return signIn(passwordMatches(password), now, lockout);
    }

    /**
     * Decides a sign-in whose password has been checked already (here, by a directory, or vouched for
     * by an identity provider): the check is made before the account's state is known, so that a
     * locked or deactivated account costs the same time as any other ({@link PasswordSignIn}). While
     * the account is locked it is refused, even with the right password; every wrong password counts,
     * during a lock too, and from the lockout threshold on each one doubles the lock (up to the
     * longest), counted from now. A right password on an unlocked account clears the count.
     */
    Attempt signIn(boolean passwordIsRight, Instant now, LockoutPolicy lockout) {
        boolean locked = lockedAt(now);
        if (!passwordIsRight) {
            failedSignIns++;
            Instant until = now.plus(lockout.lockoutAfter(failedSignIns));
            if (until.isAfter(now) && (lockedUntil == null || until.isAfter(lockedUntil))) {
                lockedUntil = until;
            }
            return locked ? Attempt.LOCKED : Attempt.WRONG_PASSWORD;
        }
        if (locked) {
            return Attempt.LOCKED;
        }
        if (!active) {
            return Attempt.INACTIVE;
        }
        failedSignIns = 0;
        lockedUntil = null;
        return Attempt.SIGNED_IN;
    }

    /** Whether the account is locked at that moment by failed sign-ins. */
    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    boolean passwordMatches(char[] password) {
        return PasswordHash.parse(passwordHash).matches(password);
    }

    void changePassword(PasswordHash password, Instant now) {
        this.passwordHash = password.encoded();
        this.passwordChangedAt = now;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    void deactivate() {
        this.active = false;
    }

    boolean grant(Role role, Organisation organisation) {
        boolean held = grants.stream()
                .anyMatch(g -> g.role() == role && g.organisation().id().equals(organisation.id()));
        if (!held) {
            grants.add(new RoleGrant(this, organisation, role));
        }
        return !held;
    }

    boolean revoke(Role role, Organisation organisation) {
        return grants.removeIf(g -> g.role() == role && g.organisation().id().equals(organisation.id()));
    }

    boolean appoint(StaffPosition position) {
        boolean held = appointments.stream().anyMatch(a -> a.position().id().equals(position.id()));
        if (!held) {
            appointments.add(new Appointment(this, position));
        }
        return !held;
    }

    /** The fields the audit trail records; never the password hash. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("fullName", fullName);
        state.put("organisation", organisation == null ? null : organisation.code());
        state.put("active", active);
        state.put("email", email);
        return state;
    }

    /** Sets the address that reminders are mailed to; null removes it. */
    void changeEmail(String address) {
        if (address == null) {
            this.email = null;
            return;
        }
        String stripped = address.strip();
        if (stripped.length() > EMAIL_LENGTH || !stripped.matches(EMAIL_PATTERN)) {
            throw new InvalidInputException("email", AccessReason.EMAIL_FORMAT);
        }
        this.email = stripped;
    }

    /** The address reminders are mailed to, or null when there is none. */
    public String email() {
        return email;
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

    public Organisation organisation() {
        return organisation;
    }

    public boolean active() {
        return active;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public long version() {
        return version;
    }

    public List<RoleGrant> grants() {
        return Collections.unmodifiableList(grants);
    }

    public List<Appointment> appointments() {
        return Collections.unmodifiableList(appointments);
    }
}
