package ru.gramota.access;

import java.time.Duration;

/**
 * When repeated failed sign-ins lock an account, and for how long: after {@code maxFailures} failures
 * in a row the account is locked for {@code firstLockout}; each further failure doubles the lock, up
 * to {@code longestLockout}. A successful sign-in clears the count.
 */
record LockoutPolicy(int maxFailures, Duration firstLockout, Duration longestLockout) {

    public LockoutPolicy {
        if (maxFailures < 1 || firstLockout.isNegative() || longestLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException(
                    "Inconsistent lockout policy: " + maxFailures + ", " + firstLockout + ", " + longestLockout);
        }
    }

    /** How long to lock after this many failures in a row; zero while below the threshold. */
    public Duration lockoutAfter(int failures) {
        if (failures < maxFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - maxFailures, 30);
        Duration lockout = firstLockout.multipliedBy(1L << doublings);
        return lockout.compareTo(longestLockout) > 0 ? longestLockout : lockout;
    }
}
