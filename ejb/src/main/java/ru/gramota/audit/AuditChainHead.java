package ru.gramota.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the sealed audit chain: the place, number and hash of the last sealed record. Only the
 * sealer locks and changes this one row ({@link AuditSealing}), so the chain has a single order across
 * cluster nodes while the transactions that append records never wait for it.
 */
@Entity
@Table(name = "audit_chain")
class AuditChainHead {

    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    @Column(name = "last_record", nullable = false)
    private long lastRecord;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {}

    /** Seals the record as the next one of the chain. */
    void seal(AuditRecord record) {
        record.seal(lastPosition + 1, lastRecord, lastHash);
        lastPosition = record.chainPosition();
        lastRecord = record.seq();
        lastHash = record.hash();
    }

    SealedHead sealed() {
        return new SealedHead(lastPosition, lastRecord, lastHash);
    }
}
