package ru.gramota.platform;

/** What is wrong with one field of a request, in words a user can act on. */
public record FieldError(String field, String message) {}
