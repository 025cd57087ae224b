package ru.gramota.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of the audit trail. Immutable once written: the entity has no setters, every column is
 * {@code updatable = false}, and the hash chain shows any change made behind the application's back.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @Column(name = "seq", nullable = false, updatable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "object_type", nullable = false, updatable = false, length = 60)
    private String objectType;

    @Column(name = "object_id", nullable = false, updatable = false, length = 200)
    private String objectId;

    @Column(name = "before_state", updatable = false, length = 20000)
    private String beforeState;

    @Column(name = "after_state", updatable = false, length = 20000)
    private String afterState;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(name = "hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditRecord() {}

    AuditRecord(AuditContent content, long seq, String prevHash) {
        this.seq = seq;
        this.occurredAt = content.occurredAt();
        this.actor = content.actor();
        this.action = content.action();
        this.objectType = content.objectType();
        this.objectId = content.objectId();
        this.beforeState = content.beforeState();
        this.afterState = content.afterState();
        this.prevHash = prevHash;
        this.hash = AuditHash.of(seq, prevHash, content);
    }

    AuditContent content() {
        return new AuditContent(occurredAt, actor, action, objectType, objectId, beforeState, afterState);
    }

    public long seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public Optional<String> beforeState() {
        return Optional.ofNullable(beforeState);
    }

    public Optional<String> afterState() {
        return Optional.ofNullable(afterState);
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
