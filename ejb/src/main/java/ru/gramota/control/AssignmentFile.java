package ru.gramota.control;

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
import ru.gramota.files.FileIntake;
import ru.gramota.files.StoredFile;

/** A file of an assignment's report: its name, type, size and the SHA-256 the blob store keeps it under. Never changed. */
@Entity
@Table(name = "assignment_file")
public class AssignmentFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_file_seq")
    @SequenceGenerator(name = "assignment_file_seq", sequenceName = "assignment_file_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private Assignment assignment;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = FileIntake.NAME_LENGTH, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 150, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    protected AssignmentFile() {}

    AssignmentFile(Assignment assignment, StoredFile file, Instant at, String by) {
        this.assignment = assignment;
        this.sha256 = file.sha256();
        this.fileName = file.name();
        this.mediaType = file.analysis().mediaType();
        this.size = file.size();
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    Assignment assignment() {
        return assignment;
    }

    String sha256() {
        return sha256;
    }

    AssignmentDetails.FileView view() {
        return new AssignmentDetails.FileView(id, fileName, mediaType, size, uploadedAt, uploadedBy);
    }
}
