package ru.gramota.audit;

import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the sealed chain record by record, in the order of their places, against the heads anchored
 * outside the database, and names the first record that was changed, removed or inserted. Knows no
 * database: {@link AuditVerifier} feeds it.
 *
 * <p>A record must sit at the next place, follow the record before it (its number and hash), hash to
 * its stored hash, and, where a head was anchored at its place, be that head. A record that the next
 * one skips (the next follows the record before it) was inserted; a place left empty was a record
 * that was deleted, named by the number its successor follows.
 */
final class ChainWalk {

    private final Iterator<Anchor> anchors;
    private final AnchorKey key;
    private Anchor anchor;
    private long checked;
    private long position;
    private long lastSeq;
    private long lastPrevSeq = -1;
    private String lastHash = AuditHash.GENESIS;

    /** @param anchors the anchored heads, in the order they were written; checked with {@code key} */
    ChainWalk(Iterator<Anchor> anchors, AnchorKey key) {
        this.anchors = anchors;
        this.key = key;
        this.anchor = anchors.hasNext() ? anchors.next() : null;
    }

    /** How many records were found intact. */
    long checked() {
        return checked;
    }

    /** The place of the last record walked. */
    long position() {
        return position;
    }

    /** Checks the next sealed record (by place); the first problem found, if any. */
    Optional<ChainBreak> next(AuditRecord record) {
        long place = record.chainPosition();
        long follows = record.prevSeq() == null ? -1 : record.prevSeq();
        if (place != position + 1) {
            long missing = follows != lastSeq && follows > 0 ? follows : record.seq();
            return broken(missing, "record " + missing + " (place " + (position + 1) + ") is missing: deleted");
        }
        if (follows != lastSeq || !Objects.equals(record.prevHash(), lastHash)) {
            if (position > 0 && follows == lastPrevSeq) {
                return broken(
                        lastSeq,
                        "record " + lastSeq + " (place " + position + ") was inserted: record " + record.seq()
                                + " was sealed right after record " + follows);
            }
            return broken(
                    record.seq(),
                    "record " + record.seq() + " (place " + place + ") does not follow the record before it (" + lastSeq
                            + ")");
        }
        if (!AuditHash.of(place, record.prevHash(), record.seq(), record.content())
                .equals(record.hash())) {
            return broken(record.seq(), "record " + record.seq() + " was changed after it was sealed");
        }
        while (anchor != null && anchor.head().position() <= place) {
            Optional<ChainBreak> problem = unsigned();
            if (problem.isPresent()) {
                return problem;
            }
            if (anchor.head().position() < place) {
                return broken(record.seq(), "the anchor file is out of order at line " + anchor.line());
            }
            if (anchor.head().seq() != record.seq()) {
                return broken(
                        record.seq(),
                        "record " + record.seq() + " (place " + place + ") is not record "
                                + anchor.head().seq() + ", anchored there at " + anchor.anchoredAt()
                                + ": it was inserted, or the chain rewritten");
            }
            if (!anchor.head().hash().equals(record.hash())) {
                return broken(
                        record.seq(),
                        "record " + record.seq() + " (place " + place
                                + ") differs from the head anchored there at " + anchor.anchoredAt()
                                + ": the chain was rewritten");
            }
            anchor = anchors.hasNext() ? anchors.next() : null;
        }
        lastPrevSeq = follows;
        lastSeq = record.seq();
        lastHash = record.hash();
        position = place;
        checked++;
        return Optional.empty();
    }

    /**
     * Checks the end of the walk against the head kept in the database and the anchors left. A walk
     * may end one place past the head it started from, if that record was sealed since; the head
     * given is then read again, and a record past it was inserted there.
     */
    Optional<ChainBreak> end(SealedHead head) {
        if (position > head.position()) {
            return broken(
                    lastSeq,
                    "record " + lastSeq + " (place " + position + ") is past the head of the chain (place "
                            + head.position() + "): inserted");
        }
        if (position < head.position()) {
            return broken(
                    head.seq(),
                    "record " + head.seq() + " (place " + head.position()
                            + ") is missing: records were removed from the end of the chain");
        }
        if (lastSeq != head.seq() || !lastHash.equals(head.hash())) {
            return broken(
                    head.seq(),
                    "the chain ends at record " + lastSeq + " but its head says record " + head.seq()
                            + ": records were removed from the end, or the head was edited");
        }
        if (anchor != null) {
            Optional<ChainBreak> problem = unsigned();
            if (problem.isPresent()) {
                return problem;
            }
            return broken(
                    anchor.head().seq(),
                    "record " + anchor.head().seq() + " (place "
                            + anchor.head().position() + "), anchored at " + anchor.anchoredAt()
                            + ", is missing: the chain was cut or rewritten");
        }
        return Optional.empty();
    }

    private Optional<ChainBreak> unsigned() {
        if (anchor.signedBy(key)) {
            return Optional.empty();
        }
        return broken(
                Math.max(anchor.head().seq(), 0),
                "line " + anchor.line() + " of the anchor file is not a head signed with this installation's key");
    }

    private static Optional<ChainBreak> broken(long seq, String problem) {
        return Optional.of(new ChainBreak(seq, problem));
    }
}
