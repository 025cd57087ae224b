package ru.gramota.platform;

/** What is wrong with one field of one row of an imported file; line 1 is the header. */
public record RowError(long line, String field, String message) {}
