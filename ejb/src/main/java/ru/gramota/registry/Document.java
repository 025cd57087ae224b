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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.gramota.org.Organisation;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;

/**
 * A document and its registration card [РКК]: the organisation and journal that register it, its
 * number, title and date, whether it is ДСП [для служебного пользования], who works on it and
 * which organisations it was sent to. Lifecycle: DRAFT, then REGISTERED under a number unique in its
 * journal and year, possibly CANCELLED later, keeping the number. More requisites of ГОСТ Р
 * 7.0.97-2016 and the files come with the rest of the registration feature.
 */
@Entity
@Table(name = "document")
public class Document {

    public static final int TITLE_LENGTH = 2000;

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

    @Column(name = "title", length = TITLE_LENGTH)
    private String title;

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

    /** A card to be registered in a journal of the journal's organisation. */
    public Document(RegistrationJournal journal, String title, LocalDate documentDate, boolean restricted) {
        this(journal.organisation(), restricted);
        this.journal = journal;
        this.title = InvalidInputException.requireText(title, "title", TITLE_LENGTH);
        this.documentDate = documentDate;
    }

    /** Gives the card its registration number. */
    public void register(int year, int sequence, String number, Instant at, String by) {
        if (status != DocumentStatus.DRAFT) {
            throw new ConflictException("The document is already registered as " + registrationNumber);
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
            throw new ConflictException("Only a registered document can be cancelled; this one is " + status);
        }
        this.cancellationReason = InvalidInputException.requireText(reason, "reason", 1000);
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
        state.put("title", title);
        state.put("documentDate", documentDate == null ? null : documentDate.toString());
        state.put("restricted", restricted);
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
