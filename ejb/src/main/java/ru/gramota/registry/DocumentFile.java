package ru.gramota.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A file attached to a document (requisite 19): its name as the clerk gave it, its detected type,
 * size, page count where the format has one, the text extracted for search, and the SHA-256 under
 * which the blob store keeps the content. A registered document's files are never changed.
 */
@Entity
@Table(name = "document_file")
public class DocumentFile {

    public static final int NAME_LENGTH = ru.gramota.files.FileIntake.NAME_LENGTH;
    public static final int TEXT_LENGTH = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_file_seq")
    @SequenceGenerator(name = "document_file_seq", sequenceName = "document_file_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Document document;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = NAME_LENGTH, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 150, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "pages", updatable = false)
    private Integer pages;

    @Column(name = "extracted_text", length = TEXT_LENGTH, updatable = false)
    private String text;

    @Column(name = "text_status", nullable = false, length = 30, updatable = false)
    private String textStatus;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    protected DocumentFile() {}

    public DocumentFile(
            Document document,
            String sha256,
            String fileName,
            String mediaType,
            long size,
            Integer pages,
            String text,
            String textStatus,
            Instant uploadedAt,
            String uploadedBy) {
        this.document = Objects.requireNonNull(document, "document");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.size = size;
        this.pages = pages;
        this.text = text;
        this.textStatus = Objects.requireNonNull(textStatus, "textStatus");
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("file", fileName);
        state.put("sha256", sha256);
        state.put("mediaType", mediaType);
        state.put("size", size);
        state.put("pages", pages);
        return state;
    }

    public Long id() {
        return id;
    }

    public Document document() {
        return document;
    }

    public String sha256() {
        return sha256;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public Integer pages() {
        return pages;
    }

    public String text() {
        return text;
    }

    public String textStatus() {
        return textStatus;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
