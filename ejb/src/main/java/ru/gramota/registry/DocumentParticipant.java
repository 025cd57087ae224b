package ru.gramota.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A person working on a document: its author, an addressee, an executor or a controller. The person
 * is held by account id, so that registration does not depend on the access feature.
 */
@Entity
@Table(name = "document_participant")
public class DocumentParticipant {

    /** The key: document, person, role. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "document_id")
        private Long documentId;

        @Column(name = "user_id")
        private Long userId;

        @Enumerated(EnumType.STRING)
        @Column(name = "role", length = 20)
        private ParticipantRole role;

        protected Key() {}

        Key(Long userId, ParticipantRole role) {
            this.userId = userId;
            this.role = role;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(documentId, k.documentId)
                    && Objects.equals(userId, k.userId)
                    && role == k.role;
        }

        @Override
        public int hashCode() {
            return Objects.hash(documentId, userId, role);
        }
    }

    @EmbeddedId
    private Key id;

    @MapsId("documentId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private Document document;

    protected DocumentParticipant() {}

    DocumentParticipant(Document document, long userId, ParticipantRole role) {
        this.id = new Key(userId, role);
        this.document = document;
    }

    public long userId() {
        return id.userId;
    }

    public ParticipantRole role() {
        return id.role;
    }
}
