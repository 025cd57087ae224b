package ru.gramota.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/**
 * Where the paper original is kept and how large it is: the case of the nomenclature it is filed to
 * (the "to case" mark, requisite 30) and its number of sheets (19). A case index that is part of
 * the registration number never changes after registration (the service checks it).
 */
@Embeddable
public class Filing {

    /** Not filed, sheets not counted. */
    static final Filing NONE = new Filing(null, RequisiteValues.NONE);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private NomenclatureCase nomenclatureCase;

    @Column(name = "pages")
    private Integer pages;

    protected Filing() {}

    public Filing(NomenclatureCase nomenclatureCase, RequisiteValues values) {
        this.nomenclatureCase = nomenclatureCase;
        this.pages = values.get(PlainRequisite.PAGES, Integer.class);
    }

    public NomenclatureCase nomenclatureCase() {
        return nomenclatureCase;
    }

    /** The case's index, or null when the card is not filed to a case. */
    public String caseIndex() {
        return nomenclatureCase == null ? null : nomenclatureCase.index();
    }

    public Integer pages() {
        return pages;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Filing f && nomenclatureCase == f.nomenclatureCase && Objects.equals(pages, f.pages);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(pages);
    }
}
