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
import jakarta.persistence.Version;
import java.util.Objects;
import ru.gramota.org.Organisation;
import ru.gramota.platform.Codes;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;

/**
 * A registration journal [журнал регистрации] of one organisation for one kind of document. Its
 * number pattern, such as {@code {caseIndex}/{seq}} or {@code {seq}-п}, shapes every registration
 * number given in it; the sequence restarts each calendar year.
 */
@Entity
@Table(name = "registration_journal")
public class RegistrationJournal {

    public static final int NAME_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_journal_seq")
    @SequenceGenerator(
            name = "registration_journal_seq",
            sequenceName = "registration_journal_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind", nullable = false, length = 40)
    private DocumentKind documentKind;

    @Column(name = "number_pattern", nullable = false, length = 100)
    private String numberPattern;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RegistrationJournal() {}

    public RegistrationJournal(
            Organisation organisation, String code, String name, DocumentKind documentKind, String numberPattern) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.code = Codes.require(code, "code");
        this.name = InvalidInputException.requireText(name, "name", NAME_LENGTH);
        if (documentKind == null) {
            throw new InvalidInputException("documentKind", CommonReason.REQUIRED);
        }
        this.documentKind = documentKind;
        this.numberPattern = new NumberPattern(numberPattern).pattern();
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public DocumentKind documentKind() {
        return documentKind;
    }

    public NumberPattern numberPattern() {
        return new NumberPattern(numberPattern);
    }
}
