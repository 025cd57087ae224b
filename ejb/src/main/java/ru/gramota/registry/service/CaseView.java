package ru.gramota.registry.service;

import ru.gramota.registry.NomenclatureCase;

/** A case of the nomenclature as the API shows it. */
public record CaseView(
        long id,
        String organisationCode,
        int year,
        String index,
        String title,
        String retentionKind,
        Integer retentionYears,
        String retention,
        String retentionArticle,
        boolean expertReview,
        long version) {

    static CaseView of(NomenclatureCase c) {
        return new CaseView(
                c.id(),
                c.organisation().code(),
                c.year(),
                c.index(),
                c.title(),
                c.retention().kind().name(),
                c.retention().years(),
                c.retention().toString(),
                c.retentionArticle(),
                c.expertReview(),
                c.version());
    }
}
