package ru.gramota.access;

import java.util.Optional;

/**
 * The answer to a sign-in: the user when it succeeded. Callers tell the person only "wrong user name
 * or password" whatever the reason, so that nobody learns which accounts exist or are locked; the
 * reason goes to the audit trail.
 */
public record SignInResult(Optional<SignedInUser> user, UserAccount.Attempt outcome) {

    static SignInResult of(SignedInUser user) {
        return new SignInResult(Optional.of(user), UserAccount.Attempt.SIGNED_IN);
    }

    static SignInResult refused(UserAccount.Attempt outcome) {
        return new SignInResult(Optional.empty(), outcome);
    }
}
