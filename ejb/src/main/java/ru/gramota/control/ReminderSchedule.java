package ru.gramota.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import ru.gramota.inbox.Mailer;
import ru.gramota.platform.BusinessTime;

/**
 * The daily run of reminders: a persistent calendar timer at the configured hour of the business day
 * (the server's timer service fires a persistent timer once per cluster), and the same run on demand
 * for administrators. A run posts the day's notices once (the inbox's unique key), then mails those it
 * posted. The timer is made again at start when the hour or the zone changed.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());
    private static final String INFO = "gramota-reminders";

    /** What a run did: the day, the notices it posted and the mails it sent. */
    public record Run(LocalDate day, int posted, int mailed) {}

    @Resource
    private TimerService timers;

    @EJB
    private Reminders reminders;

    @EJB
    private Mailer mailer;

    @Inject
    private ControlSettings settings;

    @Inject
    private BusinessTime time;

    @PostConstruct
    void schedule() {
        ScheduleExpression daily = new ScheduleExpression()
                .hour(settings.reminderHour())
                .minute(0)
                .second(0)
                .timezone(time.zone().getId());
        boolean current = false;
        for (Timer timer : timers.getTimers()) {
            if (INFO.equals(timer.getInfo()) && same(timer.getSchedule(), daily) && !current) {
                current = true;
            } else {
                timer.cancel();
            }
        }
        if (!current) {
            timers.createCalendarTimer(daily, new TimerConfig(INFO, true));
        }
    }

    private static boolean same(ScheduleExpression a, ScheduleExpression b) {
        return a.getHour().equals(b.getHour())
                && a.getMinute().equals(b.getMinute())
                && b.getTimezone().equals(a.getTimezone());
    }

    @Timeout
    void fire(Timer timer) {
        Run run = run(time.today());
        LOG.info("Reminders for " + run.day() + ": " + run.posted() + " posted, " + run.mailed() + " mailed");
    }

    /** Runs the day's reminders now; a day run before posts nothing again. */
    public Run run(LocalDate day) {
        List<Long> posted;
        try {
            posted = reminders.post(day);
        } catch (EJBException e) {
            // Another node posted the same notices at the same moment: the unique key kept them once.
            LOG.info("Reminders for " + day + " were posted by another node at the same time: " + e.getMessage());
            return new Run(day, 0, 0);
        }
        return new Run(day, posted.size(), mailer.mail(posted));
    }
}
