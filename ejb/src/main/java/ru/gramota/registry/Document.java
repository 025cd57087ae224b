package ru.gramota.registry;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ru.gramota.org.Department;
import ru.gramota.org.Organisation;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Reason;

/**
 * A document and its registration card [РКК]: the organisation and journal that register it, its
 * number, title and date, whether it is ДСП [для служебного пользования], who works on it and
 * which organisations it was sent to. Lifecycle: DRAFT, then REGISTERED under a number unique in its
 * journal and year, possibly CANCELLED later, keeping the number. The card carries the requisites
 * of ГОСТ Р 7.0.97-2016 ({@link Requisites}); a registered card may be corrected ({@link #correct}),
 * but its journal, kind, number, date and registration never change.
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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "journal_id", updatable = false)
    private RegistrationJournal journal;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 40, updatable = false)
    private DocumentKind kind;

    @Column(name = "title", length = TITLE_LENGTH)
    private String title;

    @Column(name = "document_type", length = Requisites.TYPE_LENGTH)
    private String documentType;

    @Column(name = "body_text", length = Requisites.TEXT_LENGTH)
    private String text;

    @Column(name = "pages")
    private Integer pages;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "correspondent_id")
    private Correspondent correspondent;

    @Column(name = "correspondent_number", length = Requisites.REFERENCE_LENGTH)
    private String correspondentNumber;

    @Column(name = "correspondent_date")
    private LocalDate correspondentDate;

    @Column(name = "signatory_name", length = 300)
    private String signatoryName;

    @ManyToMany
    @JoinTable(
            name = "document_addressee",
            joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "correspondent_id"))
    private Set<Correspondent> addresseeCorrespondents = new LinkedHashSet<>();

    @Column(name = "on_control", nullable = false)
    private boolean onControl;

    @Column(name = "control_deadline")
    private LocalDate controlDeadline;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private NomenclatureCase nomenclatureCase;

    @Column(name = "delivery_channel", length = 30)
    private String deliveryChannel;

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

    @Column(name = "registration_year")
    private Integer registrationYear;

    @Column(name = "registration_sequence")
    private Integer registrationSequence;

    @Column(name = "registration_number", length = NumberPattern.MAX_NUMBER_LENGTH)
    private String registrationNumber;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by", length = 100)
    private String registeredBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancellation_reason", length = 1000)
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
     *
     * @param duplicateOf the earlier registration the clerk confirmed this one duplicates, or null
     */
    public Document(RegistrationJournal journal, LocalDate documentDate, Requisites requisites, Document duplicateOf) {
        this(journal.organisation(), requisites.restricted());
        this.journal = journal;
        this.kind = journal.documentKind();
        this.documentDate = documentDate;
        this.duplicateOf = duplicateOf;
        describe(requisites);
    }

    /**
     * Corrects the requisites of a registered card. Its journal, kind, number, date and registration
     * stay as they are; a cancelled card is not corrected.
     */
    public void correct(Requisites requisites, Instant at, String by) {
        if (status != DocumentStatus.REGISTERED) {
            throw new ConflictException(Reason.NOT_CORRECTABLE, status.phrase());
        }
        describe(requisites);
        this.editedAt = at;
        this.editedBy = by;
    }

    private void describe(Requisites r) {
        this.title = InvalidInputException.requireText(r.title(), "title", TITLE_LENGTH);
        this.documentType = blankToNull(r.documentType());
        this.text = blankToNull(r.text());
        this.pages = r.pages();
        this.department = r.department();
        this.correspondent = r.correspondent();
        this.correspondentNumber = blankToNull(r.correspondentNumber());
        this.correspondentDate = r.correspondentDate();
        this.signatoryName = blankToNull(r.signatoryName());
        this.onControl = r.onControl();
        this.controlDeadline = r.controlDeadline();
        this.nomenclatureCase = r.nomenclatureCase();
        this.deliveryChannel = r.deliveryChannel();
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Gives the card its registration number. */
    public void register(int year, int sequence, String number, Instant at, String by) {
        if (status != DocumentStatus.DRAFT) {
            throw new ConflictException(Reason.ALREADY_REGISTERED, registrationNumber);
        }
        this.registrationYear = year;
        this.registrationSequence = sequence;
        this.registrationNumber = number;
        this.registeredAt = at;
        this.registeredBy = by;
        this.status = DocumentStatus.REGISTERED;
    }

    /** Cancels a registration; the number stays with the card and is never given again. */
    public void cancel(String reason, Instant at) {
        if (status != DocumentStatus.REGISTERED) {
            throw new ConflictException(Reason.NOT_CANCELLABLE, status.phrase());
        }
        this.cancellationReason = InvalidInputException.requireText(reason, "reason", CANCELLATION_REASON_LENGTH);
        this.cancelledAt = at;
        this.status = DocumentStatus.CANCELLED;
    }

    /** The fields the audit trail records. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisation", organisation.code());
        state.put("journal", journal == null ? null : journal.code());
        state.put("number", registrationNumber);
        state.put("status", status.name());
        state.put("kind", kind == null ? null : kind.name());
        state.put("title", title);
        state.put("documentType", documentType);
        state.put("documentDate", documentDate == null ? null : documentDate.toString());
        state.put("restricted", restricted);
        state.put("department", department == null ? null : department.code());
        state.put("correspondent", correspondent == null ? null : correspondent.id());
        state.put("correspondentNumber", correspondentNumber);
        state.put("correspondentDate", correspondentDate == null ? null : correspondentDate.toString());
        state.put("signatoryName", signatoryName);
        state.put(
                "addresseeCorrespondents",
                addresseeCorrespondents.stream().map(Correspondent::id).sorted().toList());
        for (ParticipantRole role : ParticipantRole.values()) {
            state.put(
                    role.name().toLowerCase(Locale.ROOT),
                    participants.stream()
                            .filter(p -> p.role() == role)
                            .map(DocumentParticipant::userId)
                            .sorted()
                            .toList());
        }
        state.put("pages", pages);
        state.put("textLength", text == null ? 0 : text.length());
        state.put("onControl", onControl);
        state.put("controlDeadline", controlDeadline == null ? null : controlDeadline.toString());
        state.put("case", nomenclatureCase == null ? null : nomenclatureCase.index());
        state.put("deliveryChannel", deliveryChannel);
        state.put("duplicateOf", duplicateOf == null ? null : duplicateOf.id());
        state.put("cancellationReason", cancellationReason);
        return state;
    }

    /** Adds a person, by account id, as working on the document in the given role. */
    public void addParticipant(long userId, ParticipantRole role) {
        boolean present = participants.stream().anyMatch(p -> p.role() == role && p.userId() == userId);
        if (!present) {
            participants.add(new DocumentParticipant(this, userId, role));
        }
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

    public RegistrationJournal journal() {
        return journal;
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

    public Integer pages() {
        return pages;
    }

    public Department department() {
        return department;
    }

    public Correspondent correspondent() {
        return correspondent;
    }

    public String correspondentNumber() {
        return correspondentNumber;
    }

    public LocalDate correspondentDate() {
        return correspondentDate;
    }

    public String signatoryName() {
        return signatoryName;
    }

    public Set<Correspondent> addresseeCorrespondents() {
        return Set.copyOf(addresseeCorrespondents);
    }

    public boolean onControl() {
        return onControl;
    }

    public LocalDate controlDeadline() {
        return controlDeadline;
    }

    public NomenclatureCase nomenclatureCase() {
        return nomenclatureCase;
    }

    public String deliveryChannel() {
        return deliveryChannel;
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

    public Integer registrationYear() {
        return registrationYear;
    }

    public Integer registrationSequence() {
        return registrationSequence;
    }

    public String registrationNumber() {
        return registrationNumber;
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
