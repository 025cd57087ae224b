package ru.gramota.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.Config;

/**
 * The region's business time: its one time zone ({@code GRAMOTA_TIME_ZONE}, {@value #DEFAULT_ZONE}
 * by default) and "today" in it, on the one {@link Clock}. Every date a clerk sees or gives (a
 * document's date, the calendar year of a registration number, "registered today") is a date in this
 * zone, never in the server's or the browser's.
 */
@ApplicationScoped
public class BusinessTime implements CheckedSettings {

    public static final String TIME_ZONE = "gramota.time-zone";
    public static final String DEFAULT_ZONE = "Europe/Moscow";

    private Clock clock;
    private ZoneId zone;

    /** For the container's proxy only. */
    protected BusinessTime() {}

    @Inject
    BusinessTime(Clock clock, Config config) {
        this(clock, SettingSource.of(config));
    }

    public BusinessTime(Clock clock, SettingSource settings) {
        this.clock = clock;
        this.zone = settings.zone(TIME_ZONE, DEFAULT_ZONE);
    }

    @Override
    public String feature() {
        return "time";
    }

    /** The region's time zone, in which pages show times and dates are read. */
    public ZoneId zone() {
        return zone;
    }

    /** Today's date in the region. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** This calendar year in the region. */
    public int year() {
        return today().getYear();
    }

    /** When a day begins in the region. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** When today began in the region. */
    public Instant startOfToday() {
        return startOf(today());
    }

    /** When a calendar year begins in the region. */
    public Instant startOfYear(int year) {
        return startOf(LocalDate.of(year, 1, 1));
    }
}
