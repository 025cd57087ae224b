package ru.gramota.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import ru.gramota.org.Organisation;
import ru.gramota.org.OrganisationKind;

class LockoutTest {

    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1));
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final char[] RIGHT = "Правильный-пароль-1".toCharArray();
    private static final char[] WRONG = "wrong".toCharArray();

    private final UserAccount account = new UserAccount(
            "clerk",
            "Иванова Мария Петровна",
            cheapHashOf(RIGHT),
            new Organisation("GOV", "Правительство", null, OrganisationKind.EXECUTIVE_BODY, null),
            T0);

    /**
     * The stored form of a PBKDF2 hash of the password at 1,000 iterations, which {@link PasswordHash}
     * reads and checks as it does the real 210,000: the lockout rules are the same, and the class's
     * password checks take 0.4 s instead of 13.
     */
    private static PasswordHash cheapHashOf(char[] password) {
        byte[] salt = "lockout-test-salt".getBytes(StandardCharsets.UTF_8);
        try {
            byte[] hash = SecretKeyFactory.getInstance(PasswordHash.ALGORITHM)
                    .generateSecret(new PBEKeySpec(password, salt, 1_000, 512))
                    .getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return PasswordHash.parse(String.join(
                    ":", PasswordHash.ALGORITHM, "1000", base64.encodeToString(salt), base64.encodeToString(hash)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fourFailuresInARowDoNotLockTheAccount() {
        fail(4, T0);

        assertEquals(UserAccount.Attempt.SIGNED_IN, account.signIn(RIGHT, T0, POLICY));
    }

    @Test
    void theFifthFailureLocksTheAccountEvenAgainstTheRightPassword() {
        fail(5, T0);

        assertEquals(UserAccount.Attempt.LOCKED, account.signIn(RIGHT, T0.plusSeconds(59), POLICY));
        assertEquals(T0.plus(Duration.ofMinutes(1)), account.lockedUntil());
    }

    @Test
    void theRightPasswordWorksOnceTheLockHasRunOutAndClearsTheCount() {
        fail(5, T0);

        assertEquals(UserAccount.Attempt.SIGNED_IN, account.signIn(RIGHT, T0.plusSeconds(60), POLICY));
        assertNull(account.lockedUntil());
        fail(4, T0.plusSeconds(61));
        assertEquals(UserAccount.Attempt.SIGNED_IN, account.signIn(RIGHT, T0.plusSeconds(62), POLICY));
    }

    @Test
    void eachFurtherFailureAfterALockDoublesTheNextLock() {
        fail(5, T0);
        Instant afterFirstLock = T0.plus(Duration.ofMinutes(1));

        account.signIn(WRONG, afterFirstLock, POLICY);

        assertEquals(afterFirstLock.plus(Duration.ofMinutes(2)), account.lockedUntil());
    }

    @Test
    void aWrongPasswordDuringALockCountsAndDoublesTheLockFromThen() {
        fail(5, T0);
        Instant duringTheLock = T0.plusSeconds(30);

        assertEquals(UserAccount.Attempt.LOCKED, account.signIn(WRONG, duringTheLock, POLICY));
        assertEquals(duringTheLock.plus(Duration.ofMinutes(2)), account.lockedUntil());
        assertEquals(UserAccount.Attempt.LOCKED, account.signIn(WRONG, duringTheLock.plusSeconds(1), POLICY));
        assertEquals(duringTheLock.plusSeconds(1).plus(Duration.ofMinutes(4)), account.lockedUntil());
    }

    @Test
    void theRightPasswordDuringALockIsRefusedAndNeitherCountsNorExtendsIt() {
        fail(5, T0);

        assertEquals(UserAccount.Attempt.LOCKED, account.signIn(RIGHT, T0.plusSeconds(30), POLICY));
        assertEquals(T0.plus(Duration.ofMinutes(1)), account.lockedUntil());
        account.signIn(WRONG, T0.plusSeconds(60), POLICY);
        assertEquals(
                T0.plusSeconds(60).plus(Duration.ofMinutes(2)),
                account.lockedUntil(),
                "the sixth failure doubles the first lock");
    }

    @Test
    void failuresWhileLockedDoubleUpToTheLongestLockAndNoFurther() {
        fail(5, T0);
        Instant at = T0;
        for (int i = 0; i < 20; i++) {
            at = at.plusSeconds(1);
            account.signIn(WRONG, at, POLICY);
        }

        assertEquals(at.plus(Duration.ofHours(1)), account.lockedUntil());
    }

    @Test
    void theLockNeverGrowsBeyondTheLongest() {
        assertEquals(Duration.ofHours(1), POLICY.lockoutAfter(50));
        assertEquals(Duration.ofMinutes(32), POLICY.lockoutAfter(10));
        assertEquals(Duration.ZERO, POLICY.lockoutAfter(4));
    }

    @Test
    void aDeactivatedAccountIsRefusedWithTheRightPassword() {
        account.deactivate();

        assertEquals(UserAccount.Attempt.INACTIVE, account.signIn(RIGHT, T0, POLICY));
    }

    private void fail(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            assertEquals(UserAccount.Attempt.WRONG_PASSWORD, account.signIn(WRONG, at, POLICY));
        }
    }
}
