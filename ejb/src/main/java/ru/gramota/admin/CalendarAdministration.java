package ru.gramota.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import ru.gramota.access.AdministrationRights;
import ru.gramota.calendar.CalendarYearView;
import ru.gramota.calendar.ProductionCalendars;

/** Loading the production calendar: one calendar for the installation, so its administrators only. */
@Stateless
public class CalendarAdministration {

    @EJB
    private AdministrationRights rights;

    @EJB
    private ProductionCalendars calendars;

    /** Replaces a year's calendar with a file's (the public XML or our CSV); {@code source} says what it is. */
    public CalendarYearView load(int year, byte[] content, String source) {
        rights.requireInstallationAdministrator();
        return calendars.load(year, content, source);
    }
}
