package ru.gramota.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the last sequence number and hash. Appending locks this one row, which
 * gives the chain a single order across transactions and cluster nodes.
 */
@Entity
@Table(name = "audit_chain")
class AuditChainHead {

    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {}

    AuditRecord append(AuditContent content) {
        AuditRecord record = new AuditRecord(content, lastSeq + 1, lastHash);
        lastSeq = record.seq();
        lastHash = record.hash();
        return record;
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }
}
