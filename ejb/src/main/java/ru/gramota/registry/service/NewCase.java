package ru.gramota.registry.service;

/** A case to add to an organisation's nomenclature for a year. */
public record NewCase(
        String index,
        String title,
        String retentionKind,
        Integer retentionYears,
        String retentionArticle,
        boolean expertReview) {}
