package ru.gramota.platform;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * Work that follows a commit: a background pass asked for once the changes it needs are visible (the
 * audit sealer, the search indexer). Registered once per transaction and key, however many changes the
 * transaction records; run only if the transaction commits, on the committing thread, so it must be
 * quick (hand the work to an executor).
 */
public final class AfterCommit {

    private AfterCommit() {}

    /**
     * Runs the action after the current transaction commits, once for {@code key}; {@code action} is
     * asked for the action only the first time (it may be a bean call).
     */
    public static void once(TransactionSynchronizationRegistry transactions, Object key, Supplier<Runnable> action) {
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        Runnable run = action.get();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    run.run();
                }
            }
        });
    }
}
