package ru.gramota.inbox;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A notice to post: to whom (by account id), what kind, about what, for which day; with its title,
 * text and the page it links to (a path of the application, such as {@code /assignment.xhtml?id=9}).
 * At most one notice per (recipient, kind, subject, day) is ever posted.
 */
public record NewNotice(
        long recipientId,
        String kind,
        String subjectType,
        long subjectId,
        LocalDate day,
        String title,
        String text,
        String link) {

    public NewNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(link, "link");
    }

    /** The key that makes a notice unique. */
    record Key(long recipientId, String kind, String subjectType, long subjectId, LocalDate day) {}

    Key key() {
        return new Key(recipientId, kind, subjectType, subjectId, day);
    }
}
