package ru.gramota.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import ru.gramota.access.AdministrationRights;
import ru.gramota.control.ReminderSchedule;
import ru.gramota.platform.BusinessTime;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;

/**
 * Today's reminders run by hand, for installation administrators: after the mail server was down at
 * the hour of the run, or to see what a day gives. A day run before posts nothing again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderAdministration {

    @EJB
    private AdministrationRights rights;

    @EJB
    private ReminderSchedule schedule;

    @Inject
    private BusinessTime time;

    /** Runs the reminders of {@code day} (today when null); a day in the future is refused. */
    public ReminderSchedule.Run run(LocalDate day) {
        rights.requireInstallationAdministrator();
        LocalDate today = time.today();
        LocalDate chosen = day == null ? today : day;
        if (chosen.isAfter(today)) {
            throw new InvalidInputException("day", CommonReason.OUT_OF_RANGE, "2000-01-01", today);
        }
        return schedule.run(chosen);
    }
}
