package ru.gramota.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.gramota.access.UserAccount;
import ru.gramota.calendar.ProductionCalendar;
import ru.gramota.calendar.ProductionCalendars;
import ru.gramota.inbox.Inbox;
import ru.gramota.inbox.NewNotice;

/**
 * A day's reminders of deadlines, to the executor and the controller of each open assignment: N
 * working days before its deadline, on the day, and every working day while it is overdue (a
 * submitted report reminds only its controller). Posted to the inbox once per (person, kind,
 * assignment, day), whoever runs the day and however often.
 */
@Stateless
public class Reminders {

    /** What the inbox calls an assignment. */
    static final String SUBJECT = "ASSIGNMENT";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    private ControlRecords records;

    @Inject
    private ControlSettings settings;

    @EJB
    private ProductionCalendars calendars;

    @EJB
    private Inbox inbox;

    /**
     * Posts the day's reminders, in a transaction of its own; the ids of the notices posted now (none
     * when the day was run before). Fails, posting nothing, when another node posts the same day's at
     * the same moment: its notices stand.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> post(LocalDate day) {
        return inbox.post(due(day));
    }

    /** The reminders due on {@code day}: none on a day that is not worked. */
    List<NewNotice> due(LocalDate day) {
        ProductionCalendar calendar = calendars.calendar();
        if (!calendar.working(day)) {
            return List.of();
        }
        LocalDate soon = calendar.workingDaysAfter(day, settings.reminderDays());
        List<Object[]> rows = records.em()
                .createQuery(
                        "select a, d.number.text from Assignment a, Document d join fetch a.executor"
                                + " join fetch a.controller where d.id = a.documentId"
                                + " and a.state in ('ISSUED', 'IN_PROGRESS', 'REPORTED')"
                                + " and (a.deadline = :soon or a.deadline <= :day) order by a.id",
                        Object[].class)
                .setParameter("soon", soon)
                .setParameter("day", day)
                .getResultList();
        List<NewNotice> notices = new ArrayList<>();
        for (Object[] row : rows) {
            Assignment a = (Assignment) row[0];
            String kind = a.deadline().equals(soon)
                    ? "DEADLINE_SOON"
                    : a.deadline().equals(day) ? "DEADLINE_TODAY" : "OVERDUE";
            String title = title(kind, (String) row[1], a);
            String text = a.text() + "\nИсполнитель: " + a.executor().fullName() + ". Срок: "
                    + DATE.format(a.deadline()) + ".";
            String link = "/assignment.xhtml?id=" + a.id();
            if (a.state() != AssignmentState.REPORTED) {
                notices.add(notice(a.executor(), kind, a, day, title, text, link));
            }
            if (!a.controller().username().equals(a.executor().username())) {
                notices.add(notice(a.controller(), kind, a, day, title, text, link));
            }
        }
        return notices;
    }

    private String title(String kind, String number, Assignment a) {
        return switch (kind) {
            case "DEADLINE_SOON" ->
                "Через " + settings.reminderDays() + " раб. дн. срок поручения по документу № " + number;
            case "DEADLINE_TODAY" -> "Сегодня срок поручения по документу № " + number;
            default -> "Просрочено поручение по документу № " + number + " (срок " + DATE.format(a.deadline()) + ")";
        };
    }

    private static NewNotice notice(
            UserAccount to, String kind, Assignment a, LocalDate day, String title, String text, String link) {
        return new NewNotice(to.id(), kind, SUBJECT, a.id(), day, title, text, link);
    }
}
