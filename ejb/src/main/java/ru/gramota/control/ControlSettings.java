package ru.gramota.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import ru.gramota.platform.CheckedSettings;
import ru.gramota.platform.SettingSource;

/** Control of execution's settings: the default periods by urgency, in calendar days. */
@ApplicationScoped
class ControlSettings implements CheckedSettings {

    static final String URGENT_DAYS = "gramota.control.urgent-days";
    static final String PROMPT_DAYS = "gramota.control.prompt-days";
    static final String ORDINARY_DAYS = "gramota.control.ordinary-days";

    /** The longest default period: a year. */
    private static final int LONGEST = 366;

    private Map<Urgency, Integer> days;

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
    }

    @Override
    public String feature() {
        return "control";
    }

    /** Calendar days from the resolution to its deadline when none is written. */
    public int days(Urgency urgency) {
        return days.get(urgency);
    }
}
