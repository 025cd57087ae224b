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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import ru.gramota.access.UserAccount;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;

/**
 * An executor's request to move an assignment's deadline, with the reason; the controller approves
 * it (the deadline moves) or refuses it, with a comment. Kept, decided or not: the history shows
 * every request. One open request per assignment at a time.
 */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {

    /** Where a request stands. */
    public enum State {
        REQUESTED,
        APPROVED,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "extension_request_seq")
    @SequenceGenerator(name = "extension_request_seq", sequenceName = "extension_request_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private Assignment assignment;

    @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "from_deadline", nullable = false, updatable = false)
    private LocalDate fromDeadline;

    @Column(name = "asked_deadline", nullable = false, updatable = false)
    private LocalDate askedDeadline;

    @Column(name = "reason", nullable = false, length = Assignment.TEXT_LENGTH, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state = State.REQUESTED;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "comment", length = Assignment.TEXT_LENGTH)
    private String comment;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ExtensionRequest() {}

    /** A request by the executor to move the deadline to {@code asked}, a working day after the current one. */
    ExtensionRequest(Assignment assignment, UserAccount by, LocalDate asked, String reason, Instant at) {
        assignment.checkExtension(by, asked);
        this.assignment = assignment;
        this.requestedBy = by.username();
        this.requestedAt = Objects.requireNonNull(at, "at");
        this.fromDeadline = assignment.deadline();
        this.askedDeadline = asked;
        this.reason = InvalidInputException.requireText(reason, "reason", Assignment.TEXT_LENGTH);
    }

    AssignmentEvent requested() {
        return new AssignmentEvent(
                assignment,
                EventKind.EXTENSION_REQUESTED,
                requestedAt,
                requestedBy,
                reason,
                fromDeadline,
                askedDeadline);
    }

    /** The controller's decision: the line of history it leaves (and, approved, the deadline moves too). */
    AssignmentEvent decide(UserAccount actor, boolean approve, String decisionComment, Instant at) {
        assignment.requireController(actor, Step.DECIDE);
        if (state != State.REQUESTED) {
            throw new ConflictException(ControlReason.EXTENSION_DECIDED, state.name());
        }
        if (!assignment.state().open()) {
            throw new ConflictException(ControlReason.TRANSITION_FORBIDDEN, Step.DECIDE, assignment.state());
        }
        this.comment = approve
                ? InvalidInputException.optionalText(decisionComment, "comment", Assignment.TEXT_LENGTH)
                : InvalidInputException.requireText(decisionComment, "comment", Assignment.TEXT_LENGTH);
        this.state = approve ? State.APPROVED : State.REFUSED;
        this.decidedBy = actor.username();
        this.decidedAt = at;
        return new AssignmentEvent(
                assignment,
                approve ? EventKind.EXTENSION_APPROVED : EventKind.EXTENSION_REFUSED,
                at,
                actor.username(),
                comment,
                fromDeadline,
                askedDeadline);
    }

    public Long id() {
        return id;
    }

    public Assignment assignment() {
        return assignment;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public LocalDate fromDeadline() {
        return fromDeadline;
    }

    public LocalDate askedDeadline() {
        return askedDeadline;
    }

    public String reason() {
        return reason;
    }

    public State state() {
        return state;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String comment() {
        return comment;
    }
}
