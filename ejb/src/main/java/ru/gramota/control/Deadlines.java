package ru.gramota.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import ru.gramota.calendar.ProductionCalendar;
import ru.gramota.calendar.ProductionCalendars;
import ru.gramota.platform.InvalidInputException;

/**
 * Deadlines on the production calendar: a written date, or the resolution's date plus the urgency's
 * calendar days; a day that is not worked moves to the working day before it. When that would be
 * before the resolution itself (a resolution on 1 January with a deadline in the New Year holidays),
 * it moves to the first working day after instead: a deadline is never before it is given.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Deadlines {

    @EJB
    private ProductionCalendars calendars;

    @Inject
    private ControlSettings settings;

    /** The deadline of a resolution of {@code resolutionDate} with this urgency and no written date. */
    public Deadline proposed(LocalDate resolutionDate, Urgency urgency) {
        return proposed(calendars.calendar(), settings, resolutionDate, urgency);
    }

    /** The deadline of a resolution of {@code resolutionDate} with a written date. */
    public Deadline written(LocalDate resolutionDate, LocalDate date) {
        return written(calendars.calendar(), resolutionDate, date);
    }

    static Deadline proposed(
            ProductionCalendar calendar, ControlSettings settings, LocalDate resolutionDate, Urgency urgency) {
        return due(calendar, resolutionDate, urgency, resolutionDate.plusDays(settings.days(urgency)));
    }

    static Deadline written(ProductionCalendar calendar, LocalDate resolutionDate, LocalDate date) {
        if (date.isBefore(resolutionDate)) {
            throw new InvalidInputException("deadline", ControlReason.DEADLINE_BEFORE_RESOLUTION, resolutionDate);
        }
        return due(calendar, resolutionDate, null, date);
    }

    private static Deadline due(
            ProductionCalendar calendar, LocalDate resolutionDate, Urgency urgency, LocalDate asked) {
        LocalDate due = calendar.workingDayOnOrBefore(asked);
        if (due.isBefore(resolutionDate)) {
            due = asked;
            while (!calendar.working(due)) {
                due = due.plusDays(1);
            }
        }
        return Deadline.of(resolutionDate, urgency, asked, due, calendar.loaded(due.getYear()));
    }
}
