package ru.gramota.selfcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One self-check probe: sent at some time, received (or not yet) by some node. A probe received
 * without having been sent is an anomaly worth keeping: its message escaped a transaction that did
 * not commit.
 */
@Entity
@Table(name = "self_check_probe")
@NamedQuery(
        name = SelfCheckProbe.SENT_BEFORE,
        query = "select p.id from SelfCheckProbe p where p.sentAt < :cutoff and p.id > :after order by p.id")
@NamedQuery(name = SelfCheckProbe.DELETE_BY_IDS, query = "delete from SelfCheckProbe p where p.id in :ids")
public class SelfCheckProbe {

    public static final String SENT_BEFORE = "SelfCheckProbe.sentBefore";
    public static final String DELETE_BY_IDS = "SelfCheckProbe.deleteByIds";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "sent_at", updatable = false)
    private Instant sentAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "received_by", length = 200)
    private String receivedBy;

    protected SelfCheckProbe() {}

    public SelfCheckProbe(UUID id, Instant sentAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    /** A probe whose message arrived although no sent probe was committed. */
    static SelfCheckProbe receivedWithoutSending(UUID id, Instant at, String node) {
        SelfCheckProbe probe = new SelfCheckProbe();
        probe.id = Objects.requireNonNull(id, "id");
        probe.received(at, node);
        return probe;
    }

    /** Records the first receipt; a redelivered message changes nothing. */
    public void received(Instant at, String node) {
        if (receivedAt == null) {
            receivedAt = at;
            receivedBy = node;
        }
    }

    public UUID id() {
        return id;
    }

    /** When the probe was sent; empty for a probe received without a committed sending. */
    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<Instant> receivedAt() {
        return Optional.ofNullable(receivedAt);
    }

    public Optional<String> receivedBy() {
        return Optional.ofNullable(receivedBy);
    }
}
