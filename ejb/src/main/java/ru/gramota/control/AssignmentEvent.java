package ru.gramota.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of an assignment's history: a transition or a change of deadline, who made it, when, and
 * the text that went with it (the report, the reason for a return or an extension). Never changed.
 */
@Entity
@Table(name = "assignment_event")
public class AssignmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_event_seq")
    @SequenceGenerator(name = "assignment_event_seq", sequenceName = "assignment_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private Assignment assignment;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private EventKind kind;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(name = "from_deadline", updatable = false)
    private LocalDate fromDeadline;

    @Column(name = "to_deadline", updatable = false)
    private LocalDate toDeadline;

    @Column(name = "text", length = Assignment.TEXT_LENGTH, updatable = false)
    private String text;

    protected AssignmentEvent() {}

    AssignmentEvent(Assignment assignment, EventKind kind, Instant at, String actor, String text) {
        this(assignment, kind, at, actor, text, null, null);
    }

    AssignmentEvent(
            Assignment assignment,
            EventKind kind,
            Instant at,
            String actor,
            String text,
            LocalDate fromDeadline,
            LocalDate toDeadline) {
        this.assignment = Objects.requireNonNull(assignment, "assignment");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.at = Objects.requireNonNull(at, "at");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.text = text;
        this.fromDeadline = fromDeadline;
        this.toDeadline = toDeadline;
    }

    public EventKind kind() {
        return kind;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public LocalDate fromDeadline() {
        return fromDeadline;
    }

    public LocalDate toDeadline() {
        return toDeadline;
    }

    public String text() {
        return text;
    }
}
