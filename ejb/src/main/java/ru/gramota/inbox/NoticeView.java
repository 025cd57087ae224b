package ru.gramota.inbox;

import java.time.Instant;
import java.time.LocalDate;

/** A notice as its recipient sees it. */
public record NoticeView(
        long id,
        String kind,
        String subjectType,
        long subjectId,
        LocalDate day,
        String title,
        String text,
        String link,
        Instant createdAt,
        boolean read) {}
