package ru.gramota.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import ru.gramota.org.Organisation;

/** An organisation a document was sent to. */
@Entity
@Table(name = "document_recipient")
public class DocumentRecipient {

    /** The key: document and receiving organisation. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "document_id")
        private Long documentId;

        @Column(name = "organisation_id")
        private Long organisationId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(documentId, k.documentId)
                    && Objects.equals(organisationId, k.organisationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(documentId, organisationId);
        }
    }

    @EmbeddedId
    private Key id = new Key();

    @MapsId("documentId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private Document document;

    @MapsId("organisationId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    protected DocumentRecipient() {}

    DocumentRecipient(Document document, Organisation organisation) {
        this.document = document;
        this.organisation = organisation;
    }

    public Organisation organisation() {
        return organisation;
    }
}
