package ru.gramota.search;

/** One found record and how well it matched. */
public record SearchHit(String id, float score) {}
