package ru.gramota.org;

/** What an import did: organisations created, renamed, and left as they were. */
public record ImportReport(int rows, int created, int updated, int unchanged) {}
