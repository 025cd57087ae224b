package ru.gramota.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import ru.gramota.platform.CheckedSettings;
import ru.gramota.platform.SettingSource;

/** Control of execution's settings: the default periods by urgency, in calendar days, and the reminders. */
@ApplicationScoped
class ControlSettings implements CheckedSettings {

    static final String URGENT_DAYS = "gramota.control.urgent-days";
    static final String PROMPT_DAYS = "gramota.control.prompt-days";
    static final String ORDINARY_DAYS = "gramota.control.ordinary-days";
    static final String REMINDER_DAYS = "gramota.control.reminder-days";
    static final String REMINDER_HOUR = "gramota.control.reminder-hour";

    /** The longest default period: a year. */
    private static final int LONGEST = 366;

    private Map<Urgency, Integer> days;
    private int reminderDays;
    private int reminderHour;

    /** For the container's proxy only. */
    protected ControlSettings() {}

    @Inject
    ControlSettings(Config config) {
        this(SettingSource.of(config));
    }

    public ControlSettings(SettingSource settings) {
        days = new EnumMap<>(Urgency.class);
        days.put(Urgency.URGENT, settings.number(URGENT_DAYS, 3, 1, LONGEST));
        days.put(Urgency.PROMPT, settings.number(PROMPT_DAYS, 10, 1, LONGEST));
        days.put(Urgency.ORDINARY, settings.number(ORDINARY_DAYS, 30, 1, LONGEST));
        reminderDays = settings.number(REMINDER_DAYS, 2, 1, 30);
        reminderHour = settings.number(REMINDER_HOUR, 8, 0, 23);
    }

    @Override
    public String feature() {
        return "control";
    }

    /** How many working days before a deadline its people are reminded of it. */
    int reminderDays() {
        return reminderDays;
    }

    /** The hour of the business day at which the day's reminders go out. */
    int reminderHour() {
        return reminderHour;
    }

    /** Calendar days from the resolution to its deadline when none is written. */
    public int days(Urgency urgency) {
        return days.get(urgency);
    }
}
