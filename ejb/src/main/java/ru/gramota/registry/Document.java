package ru.gramota.registry;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.gramota.org.Organisation;

/**
 * A document as the access policy sees it: the organisation that registered it, whether it is ДСП
 * [для служебного пользования], who works on it and which organisations it was sent to. The
 * registration card (numbers, requisites, files) is built on this entity by the registration feature.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "restricted", nullable = false)
    private boolean restricted;

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

    public List<DocumentParticipant> participants() {
        return List.copyOf(participants);
    }

    public List<DocumentRecipient> recipients() {
        return List.copyOf(recipients);
    }
}
