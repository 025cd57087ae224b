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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import ru.gramota.access.UserAccount;
import ru.gramota.org.Organisation;

/**
 * A manager's resolution [резолюция] on a registered document: the text, the deadline (written or
 * by urgency, moved onto a working day), whether it is on control and who controls it. It gives one
 * {@link Assignment} per executor. Refers to the document by id.
 */
@Entity
@Table(name = "resolution")
public class Resolution {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resolution_seq")
    @SequenceGenerator(name = "resolution_seq", sequenceName = "resolution_seq", allocationSize = 50)
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    @Column(name = "text", nullable = false, length = Assignment.TEXT_LENGTH, updatable = false)
    private String text;

    @Column(name = "resolution_date", nullable = false, updatable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", length = 20, updatable = false)
    private Urgency urgency;

    @Column(name = "asked_deadline", nullable = false, updatable = false)
    private LocalDate askedDeadline;

    @Column(name = "deadline", nullable = false, updatable = false)
    private LocalDate deadline;

    @Column(name = "on_control", nullable = false, updatable = false)
    private boolean onControl;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "controller_id", updatable = false)
    private UserAccount controller;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Resolution() {}

    Resolution(
            long documentId,
            Organisation organisation,
            UserAccount author,
            String text,
            Deadline deadline,
            UserAccount controller,
            Instant createdAt) {
        this.documentId = documentId;
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.author = Objects.requireNonNull(author, "author");
        this.text = Objects.requireNonNull(text, "text");
        this.date = deadline.resolutionDate();
        this.urgency = deadline.urgency();
        this.askedDeadline = deadline.asked();
        this.deadline = deadline.due();
        this.onControl = controller != null;
        this.controller = controller;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The fields the audit trail records. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("document", documentId);
        state.put("author", author.username());
        state.put("text", text);
        state.put("date", date.toString());
        state.put("urgency", urgency == null ? null : urgency.name());
        state.put("deadline", deadline.toString());
        state.put("onControl", onControl);
        state.put("controller", controller == null ? null : controller.username());
        return state;
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public Organisation organisation() {
        return organisation;
    }

    public UserAccount author() {
        return author;
    }

    public String text() {
        return text;
    }

    public LocalDate date() {
        return date;
    }

    /** The urgency that gave the deadline, or null when it was written. */
    public Urgency urgency() {
        return urgency;
    }

    public LocalDate askedDeadline() {
        return askedDeadline;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public boolean onControl() {
        return onControl;
    }

    /** Who controls it, or null when it is not on control. */
    public UserAccount controller() {
        return controller;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
