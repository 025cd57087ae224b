package ru.gramota.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A resolution with the tree of the assignments it gave, as the card shows it. */
public record ResolutionView(
        long id,
        long documentId,
        AssignmentView.Person author,
        String text,
        LocalDate date,
        Urgency urgency,
        LocalDate askedDeadline,
        LocalDate deadline,
        boolean onControl,
        AssignmentView.Person controller,
        Instant createdAt,
        List<AssignmentView> assignments) {

    static ResolutionView of(Resolution r, List<AssignmentView> assignments) {
        return new ResolutionView(
                r.id(),
                r.documentId(),
                new AssignmentView.Person(r.author().username(), r.author().fullName()),
                r.text(),
                r.date(),
                r.urgency(),
                r.askedDeadline(),
                r.deadline(),
                r.onControl(),
                r.controller() == null
                        ? null
                        : new AssignmentView.Person(
                                r.controller().username(), r.controller().fullName()),
                r.createdAt(),
                List.copyOf(assignments));
    }
}
