package ru.gramota.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One assignment with its history, its extension requests and its report's files, as its page shows it. */
public record AssignmentDetails(
        AssignmentView assignment, List<HistoryLine> history, List<Extension> extensions, List<FileView> files) {

    /** A file of the report. */
    public record FileView(
            long id, String fileName, String mediaType, long size, Instant uploadedAt, String uploadedBy) {}

    /** A line of the history: what happened, when, who, and the text or days that went with it. */
    public record HistoryLine(
            EventKind kind, Instant at, String actor, LocalDate fromDeadline, LocalDate toDeadline, String text) {

        static HistoryLine of(AssignmentEvent e) {
            return new HistoryLine(e.kind(), e.at(), e.actor(), e.fromDeadline(), e.toDeadline(), e.text());
        }
    }

    /** An extension request and the controller's decision, if any. */
    public record Extension(
            long id,
            String requestedBy,
            Instant requestedAt,
            LocalDate fromDeadline,
            LocalDate askedDeadline,
            String reason,
            ExtensionRequest.State state,
            String decidedBy,
            Instant decidedAt,
            String comment) {

        static Extension of(ExtensionRequest r) {
            return new Extension(
                    r.id(),
                    r.requestedBy(),
                    r.requestedAt(),
                    r.fromDeadline(),
                    r.askedDeadline(),
                    r.reason(),
                    r.state(),
                    r.decidedBy(),
                    r.decidedAt(),
                    r.comment());
        }
    }
}
