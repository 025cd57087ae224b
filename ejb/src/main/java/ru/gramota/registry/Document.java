package ru.gramota.registry;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ru.gramota.org.Department;
import ru.gramota.org.Organisation;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;

/**
 * A document and its registration card [РКК]: the organisation that registers it, its title, type,
 * text and date, whether it is ДСП [для служебного пользования], who works on it and which
 * organisations it was sent to. The other requisites of ГОСТ Р 7.0.97-2016 come in value objects,
 * as the card groups them: {@link RegistrationNumber} (11, with the journal), {@link Correspondence}
 * (where it comes from, 12), {@link Filing} (case and sheets, 30 and 19) and the {@link ControlMark}
 * (29), which the control of execution will take over.
 *
 * <p>Lifecycle: a DRAFT in its journal, possibly {@linkplain #markAsDuplicateOf marked} as a
 * duplicate the clerk confirmed; then REGISTERED ({@link #register}) under a number unique in its
 * journal and year; {@linkplain #correct corrected} any number of times, never in its journal, kind,
 * number, date or registration; possibly CANCELLED ({@link #cancel}) later, keeping the number.
 */
@Entity
@Table(name = "document")
public class Document {

    public static final int TITLE_LENGTH = Requisites.TITLE_LENGTH;
    public static final int CANCELLATION_REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "restricted", nullable = false)
    private boolean restricted;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 40, updatable = false)
    private DocumentKind kind;

    @Column(name = "title", length = TITLE_LENGTH)
    private String title;

    @Column(name = "document_type", length = Requisites.TYPE_LENGTH)
    private String documentType;

    @Column(name = "body_text", length = Requisites.TEXT_LENGTH)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Embedded
    private Correspondence correspondence;

    @ManyToMany
    @JoinTable(
            name = "document_addressee",
            joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "correspondent_id"))
    private Set<Correspondent> addresseeCorrespondents = new LinkedHashSet<>();

    @Embedded
    private ControlMark control = ControlMark.none();

    @Embedded
    private Filing filing;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id", updatable = false)
    private Document duplicateOf;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "edited_by", length = 100)
    private String editedBy;

    @Column(name = "document_date")
    private LocalDate documentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DocumentStatus status = DocumentStatus.DRAFT;

    @Embedded
    private RegistrationNumber number;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by", length = 100)
    private String registeredBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancellation_reason", length = CANCELLATION_REASON_LENGTH)
    private String cancellationReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DocumentParticipant> participants = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DocumentRecipient> recipients = new ArrayList<>();

    protected Document() {}

    public Document(Organisation organisation, boolean restricted) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.restricted = restricted;
    }

    /**
     * A card to be registered in a journal of the journal's organisation, of the journal's kind. The
     * requisites must have been checked ({@link Requisites#violations}).
     */
    public Document(RegistrationJournal journal, LocalDate documentDate, Requisites requisites) {
        this(journal.organisation(), requisites.restricted());
        this.number = RegistrationNumber.awaitedIn(journal);
        this.kind = journal.documentKind();
        this.documentDate = documentDate;
        describe(requisites);
    }

    /**
     * A card to be registered, as a duplicate the clerk confirmed ({@link #markAsDuplicateOf}) when
     * {@code duplicateOf} is not null.
     */
    public Document(RegistrationJournal journal, LocalDate documentDate, Requisites requisites, Document duplicateOf) {
        this(journal, documentDate, requisites);
        if (duplicateOf != null) {
            markAsDuplicateOf(duplicateOf);
        }
    }

    /**
     * Marks a card not yet registered as a duplicate of a registered card of the same organisation,
     * which the clerk saw and confirmed; registered all the same, it keeps the mark for good.
     */
    public void markAsDuplicateOf(Document original) {
        if (status != DocumentStatus.DRAFT) {
            throw new ConflictException(RegistryReason.ALREADY_REGISTERED, registrationNumber());
        }
        // Through the accessors: the original may be a lazy proxy, whose own fields are empty.
        if (original == this
                || original.status() != DocumentStatus.REGISTERED
                || !sameOrganisation(original.organisation(), organisation)) {
            throw new InvalidInputException("confirmedDuplicateOf", RegistryReason.NOT_AMONG_DUPLICATES);
        }
        this.duplicateOf = original;
    }

    private static boolean sameOrganisation(Organisation a, Organisation b) {
        return a == b || a.id() != null && a.id().equals(b.id());
    }

    /**
     * Corrects the requisites of a registered card. Its journal, kind, number, date and registration
     * stay as they are; a cancelled card is not corrected.
     */
    public void correct(Requisites requisites, Instant at, String by) {
        if (status != DocumentStatus.REGISTERED) {
            throw new ConflictException(RegistryReason.NOT_CORRECTABLE, status.phrase());
        }
        describe(requisites);
        this.editedAt = at;
        this.editedBy = by;
    }

    private void describe(Requisites r) {
        this.title = InvalidInputException.requireText(r.title(), "title", TITLE_LENGTH);
        this.documentType = Requisites.blankToNull(r.documentType());
        this.text = Requisites.blankToNull(r.text());
        this.department = r.department();
        this.correspondence = r.correspondence();
        this.control = control == null ? r.control() : control.correctedBy(r.control());
        this.filing = r.filing();
        this.restricted = r.restricted();
        addresseeCorrespondents.retainAll(r.addresseeCorrespondents());
        addresseeCorrespondents.addAll(r.addresseeCorrespondents());
        setParticipants(
                ParticipantRole.SIGNATORY, r.signatoryUserId() == null ? Set.of() : Set.of(r.signatoryUserId()));
        setParticipants(ParticipantRole.ADDRESSEE, Set.copyOf(r.addresseeUserIds()));
        setParticipants(ParticipantRole.EXECUTOR, r.executorUserId() == null ? Set.of() : Set.of(r.executorUserId()));
    }

    /** Makes the people in the role exactly these, touching only the rows that change. */
    private void setParticipants(ParticipantRole role, Set<Long> userIds) {
        participants.removeIf(p -> p.role() == role && !userIds.contains(p.userId()));
        userIds.forEach(userId -> addParticipant(userId, role));
    }

    /**
     * Registers the card under the sequence of its journal and year, the number formatted by the
     * journal's pattern with the card's case index and department code.
     */
    public void register(int year, int sequence, Instant at, String by) {
        if (status != DocumentStatus.DRAFT || number == null) {
            throw new ConflictException(RegistryReason.ALREADY_REGISTERED, registrationNumber());
        }
        number = number.given(year, sequence, filing().caseIndex(), department == null ? null : department.code());
        this.registeredAt = at;
        this.registeredBy = by;
        this.status = DocumentStatus.REGISTERED;
    }

    /** Cancels a registration; the number stays with the card and is never given again. */
    public void cancel(String reason, Instant at) {
        if (status != DocumentStatus.REGISTERED) {
            throw new ConflictException(RegistryReason.NOT_CANCELLABLE, status.phrase());
        }
        this.cancellationReason = InvalidInputException.requireText(reason, "reason", CANCELLATION_REASON_LENGTH);
        this.cancelledAt = at;
        this.status = DocumentStatus.CANCELLED;
    }

    /** The fields the audit trail records; their names and order are part of the hashed record. */
    public Map<String, Object> auditState() {
        return CardAuditState.of(this);
    }

    /** Adds a person, by account id, as working on the document in the given role. */
    public void addParticipant(long userId, ParticipantRole role) {
        boolean present = participants.stream().anyMatch(p -> p.role() == role && p.userId() == userId);
        if (!present) {
            participants.add(new DocumentParticipant(this, userId, role));
        }
    }

    /** Sets the control mark (29) as control of execution derives it from the assignments. */
    public void deriveControl(ControlMark mark) {
        this.control = mark;
    }

    /** Records that the document was sent to another organisation, whose registry then sees it. */
    public void sendTo(Organisation recipient) {
        boolean present =
                recipients.stream().anyMatch(r -> r.organisation().id().equals(recipient.id()));
        if (!present) {
            recipients.add(new DocumentRecipient(this, recipient));
        }
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    /** Whether the document carries the ДСП mark (requisite 14). */
    public boolean restricted() {
        return restricted;
    }

    /** The journal the card is registered in, or null for a document outside any journal. */
    public RegistrationJournal journal() {
        return number == null ? null : number.journal();
    }

    /** The registration number (11) with its journal, year and sequence; null outside any journal. */
    public RegistrationNumber number() {
        return number;
    }

    /** The number's text, or null before registration. */
    public String registrationNumber() {
        return number == null ? null : number.text();
    }

    public String title() {
        return title;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String documentType() {
        return documentType;
    }

    public String text() {
        return text;
    }

    public Department department() {
        return department;
    }

    /** Where the document comes from; empty for one written here. */
    public Correspondence correspondence() {
        return correspondence == null ? Correspondence.NONE : correspondence;
    }

    public Set<Correspondent> addresseeCorrespondents() {
        return Set.copyOf(addresseeCorrespondents);
    }

    public ControlMark control() {
        return control == null ? ControlMark.none() : control;
    }

    /** The case and sheets; empty when neither is given. */
    public Filing filing() {
        return filing == null ? Filing.NONE : filing;
    }

    public Document duplicateOf() {
        return duplicateOf;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public String editedBy() {
        return editedBy;
    }

    public long version() {
        return version;
    }

    /** The people in a role, by account id. */
    public List<Long> participantIds(ParticipantRole role) {
        return participants.stream()
                .filter(p -> p.role() == role)
                .map(DocumentParticipant::userId)
                .toList();
    }

    public LocalDate documentDate() {
        return documentDate;
    }

    public DocumentStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public List<DocumentParticipant> participants() {
        return List.copyOf(participants);
    }

    public List<DocumentRecipient> recipients() {
        return List.copyOf(recipients);
    }
}
