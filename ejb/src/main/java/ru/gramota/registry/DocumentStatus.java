package ru.gramota.registry;

import ru.gramota.platform.Reason;

/** Where a document is in its life as a registered record. */
public enum DocumentStatus {
    /** Not registered yet: no number. */
    DRAFT(RegistryReason.CARD_DRAFT),
    /** Registered under its number. */
    REGISTERED(RegistryReason.CARD_REGISTERED),
    /** Registration cancelled: it keeps its number, so the gap is explained. */
    CANCELLED(RegistryReason.CARD_CANCELLED);

    private final Reason phrase;

    DocumentStatus(Reason phrase) {
        this.phrase = phrase;
    }

    /** The state as messages about a card name it: the constant in English, "аннулирована" in Russian. */
    public Reason phrase() {
        return phrase;
    }
}
