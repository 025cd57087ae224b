package ru.gramota.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the search index journal: this record changed, (re)index or remove it. */
@Entity
@Table(name = "index_journal")
public class IndexJournalEntry {

    /** What happened to the record. */
    public enum Operation {
        UPSERT,
        DELETE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entity_type", nullable = false, length = 30, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private long entityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "operation", nullable = false, length = 10, updatable = false)
    private Operation operation;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected IndexJournalEntry() {}

    IndexJournalEntry(String entityType, long entityId, Operation operation, Instant recordedAt) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.operation = operation;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public String entityType() {
        return entityType;
    }

    public long entityId() {
        return entityId;
    }

    public Operation operation() {
        return operation;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
