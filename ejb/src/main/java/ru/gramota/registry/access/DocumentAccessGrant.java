package ru.gramota.registry.access;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Access to one document granted explicitly to one person, beyond what their work on it gives. */
@Entity
@Table(name = "document_access_grant")
public class DocumentAccessGrant {

    /** The key: document and person. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "document_id")
        private Long documentId;

        @Column(name = "user_id")
        private Long userId;

        protected Key() {}

        public Key(long documentId, long userId) {
            this.documentId = documentId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(documentId, k.documentId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(documentId, userId);
        }
    }

    @EmbeddedId
    private Key id;

    @Column(name = "granted_by", nullable = false, updatable = false, length = 100)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    protected DocumentAccessGrant() {}

    DocumentAccessGrant(long documentId, long userId, String grantedBy, Instant grantedAt) {
        this.id = new Key(documentId, userId);
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }
}
