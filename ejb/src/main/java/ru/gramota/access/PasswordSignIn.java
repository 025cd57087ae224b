package ru.gramota.access;

import java.time.Instant;
import java.util.Optional;

/**
 * The password part of every sign-in with a password (the form and the API's tokens), made the same
 * way whatever the account: the password is checked first, exactly once, also for an unknown user
 * name (against a hash of the same algorithm and cost), a locked account and a deactivated one; only
 * then is the account's state looked at. So every refusal costs what a wrong password costs, and the
 * time of an answer does not tell which accounts exist or are locked.
 */
final class PasswordSignIn {

    /** Checks a password: against the account's hash, or by a directory. */
    interface Passwords {

        /** Whether the password is the account's; {@code account} is null for an unknown user name. */
        boolean match(UserAccount account, char[] password);
    }

    /** Spent on unknown user names: a hash of the same algorithm and cost as a stored one. */
    static final PasswordHash NOBODY = PasswordHash.of("no such user".toCharArray());

    /** Passwords checked against their stored hashes; an unknown user costs the same and never matches. */
    static final Passwords HASHES = (account, password) -> {
        if (account == null) {
            NOBODY.matches(password);
            return false;
        }
        return account.passwordMatches(password);
    };

    private PasswordSignIn() {}

    /**
     * How the sign-in went: empty for an unknown user name, otherwise the account's verdict.
     *
     * @param account the account of the user name, or null when there is none
     */
    static Optional<UserAccount.Attempt> attempt(
            UserAccount account, char[] password, Passwords passwords, Instant now, LockoutPolicy lockout) {
        boolean right = passwords.match(account, password);
        return account == null ? Optional.empty() : Optional.of(account.signIn(right, now, lockout));
    }
}
