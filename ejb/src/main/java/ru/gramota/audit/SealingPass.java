package ru.gramota.audit;

/**
 * What one pass of the sealer did. Public because {@link AuditSealing}, an EJB, answers with it.
 *
 * @param held whether this pass held the chain's head (else another sealer did, and this one sealed nothing)
 * @param sealed how many records it sealed
 * @param head the head after the pass, when it held it
 */
public record SealingPass(boolean held, int sealed, SealedHead head) {

    static SealingPass skipped() {
        return new SealingPass(false, 0, null);
    }
}
