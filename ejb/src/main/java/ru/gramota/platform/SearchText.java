package ru.gramota.platform;

import java.util.Locale;

/**
 * How names are compared when someone types a part of one: lower case, ё as е, runs of spaces as
 * one. Computed in Java and stored beside the name (a {@code search_key} column), so that H2 and
 * PostgreSQL find the same rows whatever the database's locale.
 */
public final class SearchText {

    private SearchText() {}

    public static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }
}
