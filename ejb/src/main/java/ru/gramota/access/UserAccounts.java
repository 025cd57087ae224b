package ru.gramota.access;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ru.gramota.audit.AuditTrail;
import ru.gramota.org.Organisation;
import ru.gramota.org.Organisations;
import ru.gramota.org.StaffPosition;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.UnknownEntityException;

/**
 * User accounts: create and edit them, grant roles and positions, change passwords, and check a
 * password at sign-in with lockout, against the stored hash or, when configured, an LDAP directory
 * ({@link LdapDirectory}). Every change and every sign-in, failed or not, is in the audit
 * trail. Who may make a change is decided by the administration layer before it calls here.
 */
@Stateless
public class UserAccounts {

    static final String USER_ACCOUNT = "USER_ACCOUNT";

    private static final Logger LOG = Logger.getLogger(UserAccounts.class.getName());

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @Inject
    private Changes changes;

    @EJB
    private Organisations organisations;

    @Inject
    private AccessSettings settings;

    public UserAccount create(String username, String fullName, char[] password, String organisationCode) {
        Organisation organisation = organisations.require(organisationCode);
        if (byUsername(username).isPresent()) {
            throw new ConflictException(AccessReason.USERNAME_TAKEN, username);
        }
        passwordPolicy().check(username, password);
        UserAccount account =
                new UserAccount(username, fullName, PasswordHash.of(password), organisation, clock.instant());
        em.persist(account);
        changes.record(Change.of("CREATE", USER_ACCOUNT, username).states(null, account.auditState()));
        return account;
    }

    public UserAccount rename(String username, String fullName) {
        UserAccount account = require(username);
        Map<String, Object> before = account.auditState();
        account.rename(fullName);
        changes.record(Change.of("UPDATE", USER_ACCOUNT, username).states(before, account.auditState()));
        return account;
    }

    /** Sets or removes (null) the account's e-mail address; audited as an update. */
    public UserAccount changeEmail(String username, String email) {
        UserAccount account = require(username);
        Map<String, Object> before = account.auditState();
        account.changeEmail(email);
        changes.record(Change.of("UPDATE", USER_ACCOUNT, username).states(before, account.auditState()));
        return account;
    }

    /** Deactivates an account: it can no longer sign in, and its API tokens stop working. */
    public UserAccount deactivate(String username) {
        UserAccount account = require(username);
        if (account.active()) {
            Map<String, Object> before = account.auditState();
            account.deactivate();
            changes.record(Change.of("DEACTIVATE", USER_ACCOUNT, username).states(before, account.auditState()));
        }
        return account;
    }

    /** The user's own change: the current password must be right. */
    public void changePassword(String username, char[] currentPassword, char[] newPassword) {
        UserAccount account = require(username);
        if (!account.passwordMatches(currentPassword)) {
            throw new InvalidInputException("currentPassword", AccessReason.PASSWORD_NOT_CURRENT);
        }
        setPassword(account, newPassword, "CHANGE_PASSWORD");
    }

    /** An administrator sets a new password, e.g. for someone who forgot theirs. */
    public void resetPassword(String username, char[] newPassword) {
        setPassword(require(username), newPassword, "RESET_PASSWORD");
    }

    private void setPassword(UserAccount account, char[] newPassword, String action) {
        if (directory().isPresent()) {
            throw new InvalidInputException("password", AccessReason.PASSWORD_IN_LDAP);
        }
        passwordPolicy().check(account.username(), newPassword);
        account.changePassword(PasswordHash.of(newPassword), clock.instant());
        changes.record(Change.of(action, USER_ACCOUNT, account.username()));
    }

    public void grant(String username, Role role, String organisationCode) {
        UserAccount account = require(username);
        Organisation organisation = organisations.require(organisationCode);
        if (account.grant(role, organisation)) {
            changes.record(
                    Change.of("GRANT_ROLE", USER_ACCOUNT, username).states(null, grantState(role, organisationCode)));
        }
    }

    public void revoke(String username, Role role, String organisationCode) {
        UserAccount account = require(username);
        Organisation organisation = organisations.require(organisationCode);
        if (!account.revoke(role, organisation)) {
            throw new UnknownEntityException(AccessReason.UNKNOWN_ROLE_GRANT, username, role, organisationCode);
        }
        changes.record(
                Change.of("REVOKE_ROLE", USER_ACCOUNT, username).states(grantState(role, organisationCode), null));
    }

    public void appoint(String username, long positionId) {
        UserAccount account = require(username);
        StaffPosition position = organisations.position(positionId);
        if (account.appoint(position)) {
            Map<String, Object> after = new LinkedHashMap<>(position.auditState());
            after.put("position", positionId);
            changes.record(Change.of("APPOINT", USER_ACCOUNT, username).states(null, after));
        }
    }

    /**
     * Checks a password. An unknown user, a deactivated or locked one and a wrong password all come
     * back refused, after the same password check ({@link PasswordSignIn}); the audit trail records
     * which it was.
     *
     * @param channel how the person signs in ("web", "api"), for the audit trail
     */
    public SignInResult signIn(String username, char[] password, String channel) {
        String name = username == null ? "" : username.strip();
        UserAccount account = name.isEmpty() ? null : byUsername(name).orElse(null);
        Instant now = clock.instant();
        Optional<UserAccount.Attempt> attempt;
        try {
            attempt = PasswordSignIn.attempt(account, password, passwords(now), now, lockoutPolicy());
        } catch (LdapDirectory.UnavailableException e) {
            LOG.log(Level.WARNING, "Sign-in of " + name + " refused: " + e.getMessage(), e);
            auditSignIn(name, "SIGN_IN_FAILED", channel, "DIRECTORY_UNAVAILABLE");
            return SignInResult.refused(UserAccount.Attempt.WRONG_PASSWORD);
        }
        if (attempt.isEmpty()) {
            auditSignIn(name, "SIGN_IN_FAILED", channel, "UNKNOWN_USER");
            return SignInResult.refused(UserAccount.Attempt.WRONG_PASSWORD);
        }
        if (attempt.get() != UserAccount.Attempt.SIGNED_IN) {
            auditSignIn(name, "SIGN_IN_FAILED", channel, attempt.get().name());
            return SignInResult.refused(attempt.get());
        }
        auditSignIn(name, "SIGN_IN", channel, null);
        return SignInResult.of(signedIn(account));
    }

    /**
     * How passwords are checked: against their hashes or, when configured, by the LDAP directory. A
     * locked account's password is not put to the directory (whose own lockout it would feed): the
     * hash of an unknown user is spent instead, and the attempt is refused as locked without being
     * counted, since nobody knows whether the password was right.
     */
    private PasswordSignIn.Passwords passwords(Instant now) {
        Optional<LdapDirectory> directory = directory();
        if (directory.isEmpty()) {
            return PasswordSignIn.HASHES;
        }
        return (account, password) -> {
            if (account == null || account.lockedAt(now)) {
                PasswordSignIn.HASHES.match(null, password);
                return account != null;
            }
            return directory.get().verify(account.username(), password);
        };
    }

    /**
     * Signs in a person whose identity someone else has checked (an OpenID Connect provider): the
     * account with that user name, if it exists, is active and is not locked. Audited like a password
     * sign-in, with the channel and, when refused, the reason ({@code UNKNOWN_USER}, {@code INACTIVE},
     * {@code LOCKED}).
     */
    public SignInResult signInVouchedFor(String username, String channel) {
        String name = username == null ? "" : username.strip();
        Optional<UserAccount> found = name.isEmpty() ? Optional.empty() : byUsername(name);
        if (found.isEmpty()) {
            auditSignIn(name, "SIGN_IN_FAILED", channel, "UNKNOWN_USER");
            return SignInResult.refused(UserAccount.Attempt.WRONG_PASSWORD);
        }
        UserAccount.Attempt attempt = found.get().signIn(true, clock.instant(), lockoutPolicy());
        if (attempt != UserAccount.Attempt.SIGNED_IN) {
            auditSignIn(name, "SIGN_IN_FAILED", channel, attempt.name());
            return SignInResult.refused(attempt);
        }
        auditSignIn(name, "SIGN_IN", channel, null);
        return SignInResult.of(signedIn(found.get()));
    }

    /** The user as signed in now: empty if the account is gone or deactivated. */
    public Optional<SignedInUser> current(String username) {
        return byUsername(username).filter(UserAccount::active).map(UserAccounts::signedIn);
    }

    public void recordSignOut(String username, String channel) {
        auditSignIn(username, "SIGN_OUT", channel, null);
    }

    public boolean anyExist() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult() > 0;
    }

    public Optional<UserAccount> byUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public UserAccount require(String username) {
        return byUsername(username).orElseThrow(() -> new UnknownEntityException(AccessReason.UNKNOWN_USER, username));
    }

    /** The accounts whose home is the organisation, by user name. */
    public List<UserAccount> ofOrganisation(String organisationCode) {
        organisations.require(organisationCode);
        return em.createNamedQuery(UserAccount.OF_ORGANISATION, UserAccount.class)
                .setParameter("organisation", organisationCode)
                .getResultList();
    }

    /**
     * The LDAP directory that checks passwords, when {@code GRAMOTA_LDAP_URL} and {@code
     * GRAMOTA_LDAP_USER_DN_PATTERN} are set; otherwise passwords are checked against their hashes.
     */
    private Optional<LdapDirectory> directory() {
        return settings.directory();
    }

    public PasswordPolicy passwordPolicy() {
        return settings.passwordPolicy();
    }

    private LockoutPolicy lockoutPolicy() {
        return settings.lockoutPolicy();
    }

    private void auditSignIn(String username, String action, String channel, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", channel);
        if (reason != null) {
            details.put("reason", reason);
        }
        String who = username.isEmpty() ? "(empty)" : username.length() > 100 ? username.substring(0, 100) : username;
        audit.recordAs(who, action, USER_ACCOUNT, who, null, details);
    }

    private static Map<String, Object> grantState(Role role, String organisationCode) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("role", role.name());
        state.put("organisation", organisationCode);
        return state;
    }

    static SignedInUser signedIn(UserAccount account) {
        return new SignedInUser(
                account.username(),
                account.fullName(),
                account.grants().stream().map(g -> g.role().name()).collect(Collectors.toSet()));
    }
}
