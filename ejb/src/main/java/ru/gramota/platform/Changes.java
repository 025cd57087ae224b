package ru.gramota.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The one way a feature records a change: {@code changes.record(change)} once, in the changing
 * transaction. The change is fired as a synchronous CDI event, so its observers (the audit trail,
 * the search journal, later dispatch's outbox) write their rows in the same transaction, with the
 * same caller: if the change rolls back, so do they, and an observer that fails rolls the change
 * back. The platform knows none of them; each feature that must follow changes observes {@link
 * Change} itself.
 */
@ApplicationScoped
public class Changes {

    @Inject
    private Event<Change> events;

    public void record(Change change) {
        events.fire(change);
    }
}
