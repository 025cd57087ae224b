package ru.gramota.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import ru.gramota.org.Organisation;
import ru.gramota.org.OrganisationKind;

class ApiTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-12-01T09:00:00Z");
    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final Duration IDLE = Duration.ofMinutes(30);

    private final UserAccount account = new UserAccount(
            "clerk",
            "Иванова Мария Петровна",
            PasswordHash.parse(String.join(
                    ":",
                    PasswordHash.ALGORITHM,
                    "1000",
                    Base64.getEncoder().encodeToString(new byte[16]),
                    Base64.getEncoder().encodeToString(new byte[64]))),
            new Organisation("GOV", "Правительство", null, OrganisationKind.EXECUTIVE_BODY, null),
            ISSUED);

    private final ApiToken token = new ApiToken("hash", account, ISSUED, LIFETIME);

    @Test
    void aFreshTokenIsValidAndNeedsNoWrite() {
        Instant soon = ISSUED.plusSeconds(10);

        assertTrue(token.validAt(soon, IDLE));
        assertFalse(token.touchDue(soon), "the last use is written at most once a minute");
    }

    @Test
    void itsLastUseIsDueForWritingAfterAMinute() {
        assertFalse(token.touchDue(ISSUED.plusSeconds(60)));
        assertTrue(token.touchDue(ISSUED.plusSeconds(61)));
    }

    @Test
    void aTokenIdleForLongerThanTheTimeoutIsRefused() {
        assertTrue(token.validAt(ISSUED.plus(IDLE).minusSeconds(1), IDLE));
        assertFalse(token.validAt(ISSUED.plus(IDLE), IDLE));
    }

    @Test
    void anExpiredTokenIsRefusedHoweverBusy() {
        Duration neverIdle = LIFETIME.multipliedBy(2);

        assertTrue(token.validAt(ISSUED.plus(LIFETIME).minusSeconds(1), neverIdle));
        assertFalse(token.validAt(ISSUED.plus(LIFETIME), neverIdle));
    }

    @Test
    void aRevokedTokenIsRefused() {
        token.revoke(ISSUED.plusSeconds(5));

        assertFalse(token.validAt(ISSUED.plusSeconds(10), IDLE));
    }

    @Test
    void theTokenOfADeactivatedAccountIsRefused() {
        account.deactivate();

        assertFalse(token.validAt(ISSUED.plusSeconds(10), IDLE));
    }
}
