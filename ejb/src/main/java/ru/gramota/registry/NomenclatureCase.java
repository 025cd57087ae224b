package ru.gramota.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import ru.gramota.org.Organisation;
import ru.gramota.platform.InvalidInputException;

/**
 * A case [дело] of an organisation's nomenclature for one year: its index ({@code 01-12}), title,
 * retention period with the article of the standard list, and the ЭПК mark (expert review before
 * destruction). Registered documents are filed to a case (requisite 30); the archive works on cases.
 */
@Entity
@Table(name = "nomenclature_case")
public class NomenclatureCase {

    public static final int INDEX_LENGTH = 20;
    public static final int TITLE_LENGTH = 1000;
    public static final int ARTICLE_LENGTH = 50;

    private static final Pattern INDEX = Pattern.compile("[0-9A-Za-zА-Яа-яЁё]+([-./][0-9A-Za-zА-Яа-яЁё]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nomenclature_case_seq")
    @SequenceGenerator(name = "nomenclature_case_seq", sequenceName = "nomenclature_case_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "case_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "case_index", nullable = false, length = 20, updatable = false)
    private String index;

    @Column(name = "title", nullable = false, length = 1000)
    private String title;

    @Embedded
    private RetentionPeriod retention;

    @Column(name = "retention_article", length = 50)
    private String retentionArticle;

    @Column(name = "expert_review", nullable = false)
    private boolean expertReview;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NomenclatureCase() {}

    public NomenclatureCase(
            Organisation organisation,
            int year,
            String index,
            String title,
            RetentionPeriod retention,
            String retentionArticle,
            boolean expertReview) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException("year", RegistryReason.YEAR_OUT_OF_RANGE);
        }
        this.year = year;
        this.index = InvalidInputException.requireText(index, "index", INDEX_LENGTH);
        if (!INDEX.matcher(this.index).matches()) {
            throw new InvalidInputException("index", RegistryReason.CASE_INDEX_FORMAT);
        }
        this.title = InvalidInputException.requireText(title, "title", TITLE_LENGTH);
        this.retention = Objects.requireNonNull(retention, "retention");
        this.retentionArticle =
                InvalidInputException.optionalText(retentionArticle, "retentionArticle", ARTICLE_LENGTH);
        this.expertReview = expertReview;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisation", organisation.code());
        state.put("year", year);
        state.put("index", index);
        state.put("title", title);
        state.put("retention", retention.toString());
        state.put("retentionArticle", retentionArticle);
        state.put("expertReview", expertReview);
        return state;
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public int year() {
        return year;
    }

    public String index() {
        return index;
    }

    public String title() {
        return title;
    }

    public RetentionPeriod retention() {
        return retention;
    }

    public String retentionArticle() {
        return retentionArticle;
    }

    /** The ЭПК mark: the case is reviewed by the expert commission before it may be destroyed. */
    public boolean expertReview() {
        return expertReview;
    }

    public long version() {
        return version;
    }
}
