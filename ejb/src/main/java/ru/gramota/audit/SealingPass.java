package ru.gramota.audit;

import java.time.Instant;

/**
 * What one pass of the sealer did. Public because {@link AuditSealing}, an EJB, answers with it.
 *
 * @param held whether this pass held the chain's head or found nothing to seal (else another sealer held
 *     it, and this one sealed nothing)
 * @param sealed how many records it sealed
 * @param head the head after the pass, when it sealed records
 * @param oldest when the oldest of the records it sealed was appended
 */
public record SealingPass(boolean held, int sealed, SealedHead head, Instant oldest) {

    /** Another sealer held the head. */
    static SealingPass skipped() {
        return new SealingPass(false, 0, null, null);
    }

    /** Nothing was left to seal. */
    static SealingPass nothingLeft() {
        return new SealingPass(true, 0, null, null);
    }
}
