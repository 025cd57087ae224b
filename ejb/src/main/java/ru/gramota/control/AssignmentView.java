package ru.gramota.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * An assignment as the API and the pages show it: whose, from whom, what, by when, where it stands,
 * whether it is overdue today, and, in a tree, the assignments passed down from it.
 *
 * @param documentNumber the document's registration number, for lists
 * @param overdue the deadline has passed and it is still open (computed for today)
 * @param mine the caller is its executor; {@code controlling}: the caller accepts its reports
 */
public record AssignmentView(
        long id,
        long documentId,
        String documentNumber,
        String documentTitle,
        long resolutionId,
        Long parentId,
        Person executor,
        boolean responsible,
        Person issuedBy,
        Person controller,
        boolean onControl,
        String text,
        LocalDate deadline,
        String deadlineWeekday,
        AssignmentState state,
        String stateName,
        boolean overdue,
        Instant issuedAt,
        Instant reportedAt,
        String reportText,
        LocalDate doneOn,
        Boolean doneOnTime,
        boolean mine,
        boolean controlling,
        long version,
        List<AssignmentView> children) {

    /** A person as a view names them. */
    public record Person(String username, String fullName) {}

    static AssignmentView of(
            Assignment a, String number, String title, String caller, LocalDate today, List<AssignmentView> children) {
        return new AssignmentView(
                a.id(),
                a.documentId(),
                number,
                title,
                a.resolution().id(),
                a.parent() == null ? null : a.parent().id(),
                new Person(a.executor().username(), a.executor().fullName()),
                a.responsible(),
                new Person(a.issuedBy().username(), a.issuedBy().fullName()),
                new Person(a.controller().username(), a.controller().fullName()),
                a.onControl(),
                a.text(),
                a.deadline(),
                a.deadline().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("ru")),
                a.state(),
                a.state().phrase(),
                a.overdue(today),
                a.issuedAt(),
                a.reportedAt(),
                a.reportText(),
                a.doneOn(),
                a.doneOn() == null ? null : !a.doneOn().isAfter(a.deadline()),
                a.executor().username().equals(caller),
                a.controller().username().equals(caller),
                a.version(),
                List.copyOf(children));
    }
}
