package ru.gramota.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.gramota.org.Organisation;
import ru.gramota.org.OrganisationKind;

/**
 * Every sign-in with a password makes the same check, once, before the account's state is looked at:
 * an unknown user, a locked and a deactivated account cost what a wrong password costs. Time is not
 * measured here; what is held is that the costly check always runs, and on a hash of the same cost.
 */
class PasswordSignInTest {

    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1));
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final char[] RIGHT = "Правильный-пароль-1".toCharArray();
    private static final char[] WRONG = "wrong".toCharArray();
    private static final PasswordHash HASH = PasswordHash.of(RIGHT);

    /** The passwords as the hashes answer them, noting every account they were asked about. */
    private final List<String> checked = new ArrayList<>();

    private final PasswordSignIn.Passwords passwords = (account, password) -> {
        checked.add(account == null ? "(unknown)" : account.username());
        return PasswordSignIn.HASHES.match(account, password);
    };

    @Test
    void anUnknownUserNameIsCheckedOnceAgainstAHashAndRefused() {
        assertEquals(Optional.empty(), PasswordSignIn.attempt(null, RIGHT, passwords, T0, POLICY));
        assertEquals(List.of("(unknown)"), checked);
    }

    @Test
    void aLockedAccountHasItsPasswordCheckedLikeAnyOther() {
        UserAccount locked = account("locked");
        for (int i = 0; i < 5; i++) {
            PasswordSignIn.attempt(locked, WRONG, passwords, T0, POLICY);
        }
        checked.clear();

        assertEquals(
                Optional.of(UserAccount.Attempt.LOCKED),
                PasswordSignIn.attempt(locked, RIGHT, passwords, T0.plusSeconds(1), POLICY));
        assertEquals(
                Optional.of(UserAccount.Attempt.LOCKED),
                PasswordSignIn.attempt(locked, WRONG, passwords, T0.plusSeconds(2), POLICY));
        assertEquals(List.of("locked", "locked"), checked);
    }

    @Test
    void aDeactivatedAccountAWrongAndARightPasswordAreEachCheckedOnce() {
        UserAccount inactive = account("inactive");
        inactive.deactivate();
        UserAccount active = account("active");

        assertEquals(
                Optional.of(UserAccount.Attempt.INACTIVE),
                PasswordSignIn.attempt(inactive, RIGHT, passwords, T0, POLICY));
        assertEquals(
                Optional.of(UserAccount.Attempt.WRONG_PASSWORD),
                PasswordSignIn.attempt(active, WRONG, passwords, T0, POLICY));
        assertEquals(
                Optional.of(UserAccount.Attempt.SIGNED_IN),
                PasswordSignIn.attempt(active, RIGHT, passwords, T0, POLICY));
        assertEquals(List.of("inactive", "active", "active"), checked);
    }

    @Test
    void theHashSpentOnUnknownUsersCostsWhatAStoredOneCosts() {
        assertEquals(HASH.toString(), PasswordSignIn.NOBODY.toString(), "same algorithm and iterations");
        assertEquals(
                PasswordHash.parse(HASH.encoded()).encoded().length(),
                PasswordSignIn.NOBODY.encoded().length(),
                "same salt and hash lengths");
        assertFalse(PasswordSignIn.HASHES.match(null, "no such user".toCharArray()), "an unknown user never matches");
    }

    private static UserAccount account(String username) {
        return new UserAccount(
                username,
                "Иванова Мария Петровна",
                HASH,
                new Organisation("GOV", "Правительство", null, OrganisationKind.EXECUTIVE_BODY, null),
                T0);
    }
}
