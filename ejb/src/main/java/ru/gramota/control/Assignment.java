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
import ru.gramota.org.Department;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;

/**
 * An assignment [поручение] to one executor: from a resolution, or passed down by the executor of
 * another assignment to their own staff (a tree of any depth). Its rules live here, and each
 * transition returns the line of history it leaves:
 *
 * <ul>
 *   <li>only the executor starts, reports, passes down and asks for more time;
 *   <li>only its controller (the resolution's controller; without one, and for a passed-down
 *       assignment, whoever gave it) accepts, returns and decides on extensions, and never on a
 *       report of their own;
 *   <li>an assignment is not accepted while one passed down from it is open, unless its controller
 *       decides so, which withdraws those;
 *   <li>a passed-down assignment is not due after the one it came from.
 * </ul>
 * Overdue is computed from the deadline and the day, never stored.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    public static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resolution_id", nullable = false, updatable = false)
    private Resolution resolution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private Assignment parent;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "executor_id", nullable = false, updatable = false)
    private UserAccount executor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", updatable = false)
    private Department department;

    @Column(name = "responsible", nullable = false, updatable = false)
    private boolean responsible;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issued_by_id", nullable = false, updatable = false)
    private UserAccount issuedBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "controller_id", nullable = false, updatable = false)
    private UserAccount controller;

    @Column(name = "on_control", nullable = false, updatable = false)
    private boolean onControl;

    @Column(name = "text", nullable = false, length = TEXT_LENGTH, updatable = false)
    private String text;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private AssignmentState state = AssignmentState.ISSUED;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "report_text", length = TEXT_LENGTH)
    private String reportText;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Assignment() {}

    /** An assignment of a resolution to one of its executors. */
    Assignment(Resolution resolution, UserAccount executor, Department department, boolean responsible, Instant at) {
        this.resolution = resolution;
        this.documentId = resolution.documentId();
        this.organisationId = resolution.organisation().id();
        this.executor = Objects.requireNonNull(executor, "executor");
        this.department = department;
        this.responsible = responsible;
        this.issuedBy = resolution.author();
        this.controller = resolution.onControl() ? resolution.controller() : resolution.author();
        this.onControl = resolution.onControl();
        this.text = resolution.text();
        this.deadline = resolution.deadline();
        this.issuedAt = at;
    }

    private Assignment(
            Assignment parent,
            UserAccount executor,
            Department department,
            String text,
            LocalDate deadline,
            Instant at) {
        this(parent.resolution, executor, department, true, at);
        this.parent = parent;
        this.issuedBy = parent.executor;
        this.controller = parent.executor;
        this.onControl = parent.onControl;
        this.text = text;
        this.deadline = deadline;
    }

    /** Passed down by the executor to one of their staff, due no later than this one nor before today. */
    Assignment passDown(
            UserAccount actor,
            UserAccount to,
            Department department,
            String instruction,
            LocalDate due,
            LocalDate today,
            Instant at) {
        requireExecutor(actor, Step.DELEGATE);
        if (state != AssignmentState.ISSUED && state != AssignmentState.IN_PROGRESS) {
            throw forbidden(Step.DELEGATE);
        }
        if (same(to, executor)) {
            throw new InvalidInputException("executor", ControlReason.DELEGATE_TO_ONESELF);
        }
        if (due.isAfter(deadline)) {
            throw new InvalidInputException("deadline", ControlReason.AFTER_PARENT_DEADLINE, deadline);
        }
        if (due.isBefore(today)) {
            throw new InvalidInputException("deadline", ControlReason.DEADLINE_BEFORE_RESOLUTION, today);
        }
        String text = InvalidInputException.requireText(instruction, "text", TEXT_LENGTH);
        return new Assignment(this, to, department, text, due, at);
    }

    /** Issued → in progress, by the executor. */
    AssignmentEvent start(UserAccount actor, Instant at) {
        requireExecutor(actor, Step.START);
        if (state != AssignmentState.ISSUED) {
            throw forbidden(Step.START);
        }
        state = AssignmentState.IN_PROGRESS;
        startedAt = at;
        return new AssignmentEvent(this, EventKind.STARTED, at, actor.username(), null);
    }

    /** Issued or in progress → report submitted, by the executor, with the report's text. */
    AssignmentEvent report(UserAccount actor, String report, Instant at) {
        requireExecutor(actor, Step.REPORT);
        if (state != AssignmentState.ISSUED && state != AssignmentState.IN_PROGRESS) {
            throw forbidden(Step.REPORT);
        }
        reportText = InvalidInputException.requireText(report, "text", TEXT_LENGTH);
        state = AssignmentState.REPORTED;
        if (startedAt == null) {
            startedAt = at;
        }
        reportedAt = at;
        return new AssignmentEvent(this, EventKind.REPORTED, at, actor.username(), reportText);
    }

    /**
     * Report submitted → accepted and removed from control, by the controller. With open assignments
     * passed down from it, only when the controller says so ({@code withOpenChildren}).
     *
     * @param reportedOn the business day the accepted report was submitted: done on time when not
     *     after the deadline
     */
    AssignmentEvent accept(
            UserAccount actor, long openChildren, boolean withOpenChildren, LocalDate reportedOn, Instant at) {
        requireController(actor, Step.ACCEPT);
        if (state != AssignmentState.REPORTED) {
            throw forbidden(Step.ACCEPT);
        }
        if (openChildren > 0 && !withOpenChildren) {
            throw new ConflictException(ControlReason.CHILDREN_OPEN, openChildren);
        }
        close(AssignmentState.ACCEPTED, actor.username(), at);
        doneOn = reportedOn;
        return new AssignmentEvent(this, EventKind.ACCEPTED, at, actor.username(), null);
    }

    /** Closes an open assignment unfinished, with the parent its controller accepted. */
    AssignmentEvent withdraw(String actor, Instant at) {
        close(AssignmentState.WITHDRAWN, actor, at);
        return new AssignmentEvent(this, EventKind.WITHDRAWN, at, actor, null);
    }

    private void close(AssignmentState closed, String actor, Instant at) {
        state = closed;
        closedAt = at;
        closedBy = actor;
    }

    /** Report submitted → in progress again, by the controller, with the reason. */
    AssignmentEvent returnForRework(UserAccount actor, String reason, Instant at) {
        requireController(actor, Step.RETURN);
        if (state != AssignmentState.REPORTED) {
            throw forbidden(Step.RETURN);
        }
        String why = InvalidInputException.requireText(reason, "reason", TEXT_LENGTH);
        state = AssignmentState.IN_PROGRESS;
        return new AssignmentEvent(this, EventKind.RETURNED, at, actor.username(), why);
    }

    /** Checks that the executor may ask to move the deadline to {@code asked} (a working day). */
    void checkExtension(UserAccount actor, LocalDate asked) {
        requireExecutor(actor, Step.EXTEND);
        if (!state.open()) {
            throw forbidden(Step.EXTEND);
        }
        if (!asked.isAfter(deadline)) {
            throw new InvalidInputException("deadline", ControlReason.EXTENSION_NOT_LATER, deadline);
        }
        if (parent != null && asked.isAfter(parent.deadline)) {
            throw new InvalidInputException("deadline", ControlReason.AFTER_PARENT_DEADLINE, parent.deadline);
        }
    }

    /** Moves the deadline as an approved extension says; the line of history records both days. */
    AssignmentEvent moveDeadline(String actor, LocalDate to, String reason, Instant at) {
        if (parent != null && to.isAfter(parent.deadline)) {
            throw new ConflictException(ControlReason.AFTER_PARENT_DEADLINE, parent.deadline);
        }
        LocalDate from = deadline;
        deadline = to;
        return new AssignmentEvent(this, EventKind.DEADLINE_CHANGED, at, actor, reason, from, to);
    }

    /** Overdue on {@code today}: the deadline has passed and it is still open. */
    public boolean overdue(LocalDate today) {
        return state.open() && deadline.isBefore(today);
    }

    public boolean executedBy(UserAccount who) {
        return same(who, executor);
    }

    /** Whether the person accepts or returns its reports and decides on its extensions. */
    public boolean controlledBy(UserAccount who) {
        return same(who, controller);
    }

    void requireExecutor(UserAccount actor, Step action) {
        if (!executedBy(actor)) {
            throw new AccessDeniedException(ControlReason.ONLY_EXECUTOR, action, executor.fullName());
        }
    }

    void requireController(UserAccount actor, Step action) {
        if (executedBy(actor)) {
            throw new AccessDeniedException(ControlReason.OWN_REPORT, action);
        }
        if (!controlledBy(actor)) {
            throw new AccessDeniedException(ControlReason.ONLY_CONTROLLER, action, controller.fullName());
        }
    }

    private ConflictException forbidden(Step action) {
        return new ConflictException(ControlReason.TRANSITION_FORBIDDEN, action, state);
    }

    private static boolean same(UserAccount a, UserAccount b) {
        return a != null && b != null && a.username().equals(b.username());
    }

    /**
     * The outcome a generated assignment was given (the data generator: a year of work for the
     * benchmarks): its state, and when accepted the day its report was done.
     */
    void generated(AssignmentState outcome, LocalDate done, Instant reported, String report) {
        state = outcome;
        doneOn = outcome == AssignmentState.ACCEPTED ? done : null;
        reportedAt = outcome == AssignmentState.IN_PROGRESS || outcome == AssignmentState.ISSUED ? null : reported;
        reportText = reportedAt == null ? null : report;
        closedAt = outcome == AssignmentState.ACCEPTED ? reported : null;
    }

    public Long id() {
        return id;
    }

    public Resolution resolution() {
        return resolution;
    }

    /** The assignment it was passed down from, or null for one of a resolution. */
    public Assignment parent() {
        return parent;
    }

    public long documentId() {
        return documentId;
    }

    public UserAccount executor() {
        return executor;
    }

    public boolean responsible() {
        return responsible;
    }

    public UserAccount issuedBy() {
        return issuedBy;
    }

    public UserAccount controller() {
        return controller;
    }

    public boolean onControl() {
        return onControl;
    }

    public String text() {
        return text;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public AssignmentState state() {
        return state;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String reportText() {
        return reportText;
    }

    /** The day the accepted report was submitted, or null while not accepted. */
    public LocalDate doneOn() {
        return doneOn;
    }

    public long version() {
        return version;
    }
}
