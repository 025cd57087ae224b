package ru.gramota.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Back-pressure that keeps the sealing window bounded when this node appends faster than it seals
 * (many writers on few cores; H2, whose one sealing connection many writing ones can starve). While
 * the last pass found records older than half the bound, a transaction that appended a record waits,
 * after its commit and so holding no lock, until a pass that started after its commit is done, or at
 * most the bound. In the ordinary case the sealer keeps up and nobody waits.
 */
final class SealingPace {

    private final Duration bound;
    private final Clock clock;
    private long passes;
    private boolean behind;

    SealingPace(Duration bound, Clock clock) {
        this.bound = bound;
        this.clock = clock;
    }

    /** A pass sealed records, the oldest of them appended at {@code oldest}. */
    synchronized void sealed(Instant oldest) {
        behind = Duration.between(oldest, clock.instant()).compareTo(bound.dividedBy(2)) > 0;
        passes++;
        notifyAll();
    }

    /** A pass found nothing left to seal. */
    synchronized void caughtUp() {
        behind = false;
        passes++;
        notifyAll();
    }

    /** Sealing fails: nobody waits for it (readiness and verification report it). */
    synchronized void release() {
        behind = false;
        notifyAll();
    }

    synchronized boolean behind() {
        return behind;
    }

    /** After a commit: while the sealer is behind, waits for a pass that starts after now, at most the bound. */
    synchronized void awaitIfBehind() throws InterruptedException {
        long target = passes + 2; // the pass running now may have started before the commit
        long deadline = System.nanoTime() + bound.toNanos();
        while (behind && passes < target) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
