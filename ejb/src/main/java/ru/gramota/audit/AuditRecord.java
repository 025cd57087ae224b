package ru.gramota.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of the audit trail. Appended unsealed, with its number ({@code seq}, from a sequence, in
 * the order of appending) and its content; sealed once, by the sealer ({@link AuditSealing}), which
 * gives it its place in the hash chain, the number and hash of the record before it there, and its
 * hash. The content columns are {@code updatable = false}, the entity has no setters, and the hash
 * chain shows any change made behind the application's back.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 1)
    @Column(name = "seq", nullable = false, updatable = false)
    private long seq;

    /** The place in the chain, 1, 2, 3… in the order of sealing; null while unsealed. */
    @Column(name = "chain_position")
    private Long chainPosition;

    /** The number of the record before this one in the chain (0 for the first). */
    @Column(name = "prev_seq")
    private Long prevSeq;

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

    @Column(name = "prev_hash", length = 64)
    private String prevHash;

    @Column(name = "hash", length = 64)
    private String hash;

    protected AuditRecord() {}

    /** An unsealed record; its number is given when it is persisted. */
    AuditRecord(AuditContent content) {
        this.occurredAt = content.occurredAt();
        this.actor = content.actor();
        this.action = content.action();
        this.objectType = content.objectType();
        this.objectId = content.objectId();
        this.beforeState = content.beforeState();
        this.afterState = content.afterState();
    }

    /** A record with its number, for tests of the chain's rules that need no database. */
    AuditRecord(long seq, AuditContent content) {
        this(content);
        this.seq = seq;
    }

    /** Gives the record its place in the chain after the record {@code prevSeq} with hash {@code prevHash}. */
    void seal(long position, long prevSeq, String prevHash) {
        if (chainPosition != null) {
            throw new IllegalStateException("Audit record " + seq + " is sealed already");
        }
        this.chainPosition = position;
        this.prevSeq = prevSeq;
        this.prevHash = prevHash;
        this.hash = AuditHash.of(position, prevHash, seq, content());
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

    /** Whether the record has its place in the hash chain yet (the sealer gives it within a second). */
    public boolean sealed() {
        return chainPosition != null;
    }

    Long chainPosition() {
        return chainPosition;
    }

    Long prevSeq() {
        return prevSeq;
    }

    /** The hash of the record before this one in the chain; null while unsealed. */
    public String prevHash() {
        return prevHash;
    }

    /** This record's hash; null while unsealed. */
    public String hash() {
        return hash;
    }
}
