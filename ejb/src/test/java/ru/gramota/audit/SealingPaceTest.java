package ru.gramota.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Writers wait for the sealer only while it is behind, and never longer than the bound. */
class SealingPaceTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private final SealingPace pace = new SealingPace(Duration.ofSeconds(1), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void nobodyWaitsWhileTheSealerKeepsUp() throws Exception {
        pace.sealed(NOW.minusMillis(100));

        long started = System.nanoTime();
        pace.awaitIfBehind();

        assertFalse(pace.behind());
        assertTrue(System.nanoTime() - started < Duration.ofMillis(100).toNanos());
    }

    @Test
    void aWriterWaitsForAPassThatStartedAfterItsCommitWhileTheSealerIsBehind() throws Exception {
        pace.sealed(NOW.minusMillis(700));
        assertTrue(pace.behind());
        Thread sealer = new Thread(() -> {
            sleep(100);
            pace.sealed(NOW.minusMillis(700));
            sleep(100);
            pace.caughtUp();
        });
        sealer.start();

        long started = System.nanoTime();
        pace.awaitIfBehind();
        long waited = System.nanoTime() - started;
        sealer.join();

        assertTrue(waited >= Duration.ofMillis(150).toNanos(), "waited " + waited);
        assertTrue(waited < Duration.ofMillis(900).toNanos(), "waited " + waited);
    }

    @Test
    void aWriterWaitsNoLongerThanTheBound() throws Exception {
        pace.sealed(NOW.minusSeconds(5));

        long started = System.nanoTime();
        pace.awaitIfBehind();
        long waited = System.nanoTime() - started;

        assertTrue(
                waited >= Duration.ofMillis(900).toNanos()
                        && waited < Duration.ofMillis(1500).toNanos(),
                "waited " + waited);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
