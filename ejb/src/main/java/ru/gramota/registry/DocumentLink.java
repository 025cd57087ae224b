package ru.gramota.registry;

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
import java.util.Objects;
import ru.gramota.platform.InvalidInputException;

/** A link from one document to another: in reply to, in execution of, related to. */
@Entity
@Table(name = "document_link")
public class DocumentLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_link_seq")
    @SequenceGenerator(name = "document_link_seq", sequenceName = "document_link_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_document_id", nullable = false, updatable = false)
    private Document from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_document_id", nullable = false, updatable = false)
    private Document to;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", nullable = false, length = 20, updatable = false)
    private LinkType type;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    protected DocumentLink() {}

    public DocumentLink(Document from, Document to, LinkType type, Instant createdAt, String createdBy) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        if (from.id().equals(to.id())) {
            throw new InvalidInputException("documentId", RegistryReason.LINK_TO_ITSELF);
        }
        if (type == null) {
            throw new InvalidInputException("type", RegistryReason.LINK_TYPE_REQUIRED);
        }
        this.type = type;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public Document from() {
        return from;
    }

    public Document to() {
        return to;
    }

    public LinkType type() {
        return type;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
