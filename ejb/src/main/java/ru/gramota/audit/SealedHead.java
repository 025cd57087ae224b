package ru.gramota.audit;

/**
 * The end of the sealed chain at some moment: the place and number of its last record, and that
 * record's hash. What the sealer anchors outside the database. Public because {@link AuditSealing}, an
 * EJB, answers with it.
 *
 * @param position the last record's place in the chain (0: nothing sealed yet)
 * @param seq the last record's number
 * @param hash the last record's hash
 */
public record SealedHead(long position, long seq, String hash) {}
