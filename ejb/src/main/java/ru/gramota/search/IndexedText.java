package ru.gramota.search;

import java.util.Objects;

/** What the index holds of one searchable record: its identity and its Russian text. */
public record IndexedText(String id, String title, String body) {

    public IndexedText {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }
}
