package ru.gramota.calendar;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.gramota.platform.Actors;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.InvalidInputException;

/**
 * The production calendar: the years administrators loaded (2026 ships loaded), read whole on each
 * call, so that every node of a cluster sees a load at once (a few hundred rows at most).
 */
@Stateless
public class ProductionCalendars {

    static final String CALENDAR_YEAR = "calendar-year";

    /** The longest description of where a year's calendar came from. */
    public static final int SOURCE_LENGTH = 300;

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Changes changes;

    @Resource
    private SessionContext context;

    /** The calendar across all years. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProductionCalendar calendar() {
        Map<Integer, List<SpecialDay>> days = new TreeMap<>();
        em.createNamedQuery(LoadedDay.ALL, LoadedDay.class)
                .getResultStream()
                .forEach(day ->
                        days.computeIfAbsent(day.year(), y -> new ArrayList<>()).add(day.special()));
        List<CalendarYear> years = new ArrayList<>();
        days.forEach((year, listed) -> years.add(CalendarYear.of(year, listed)));
        return ProductionCalendar.of(years);
    }

    /** One year: loaded, or the Labour Code's when nobody loaded it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CalendarYearView year(int year) {
        requireYear(year);
        return CalendarYearView.of(calendar().year(year), em.find(LoadedYear.class, year));
    }

    /**
     * Loads a year from a file (the public production-calendar XML or our CSV), replacing what the
     * year held: all of the file, or nothing.
     */
    public CalendarYearView load(int year, byte[] content, String source) {
        requireYear(year);
        CalendarYear loaded = CalendarFile.read(year, content);
        CalendarYearView before = year(year);
        em.createNamedQuery(LoadedDay.DELETE_YEAR).setParameter("year", year).executeUpdate();
        LoadedYear found = em.find(LoadedYear.class, year);
        LoadedYear load = found != null ? found : new LoadedYear(year);
        load.loaded(source, clock.instant(), Actors.of(context));
        if (found == null) {
            em.persist(load); // after its values are set: Hibernate inserts what persist sees
        }
        em.flush();
        loaded.listed().forEach(day -> em.persist(new LoadedDay(day)));
        CalendarYearView after = CalendarYearView.of(loaded, load);
        changes.record(Change.of("LOAD", CALENDAR_YEAR, year).states(auditState(before), auditState(after)));
        return after;
    }

    private static Map<String, Object> auditState(CalendarYearView view) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("loaded", view.loaded());
        state.put("source", view.source());
        state.put("workingDays", view.workingDays());
        state.put("workingHours", view.workingHours());
        state.put(
                "days",
                view.days().stream()
                        .map(day -> day.date() + " " + day.kind().csvName())
                        .toList());
        return state;
    }

    private static void requireYear(int year) {
        if (year < CalendarYear.FIRST_YEAR || year > CalendarYear.LAST_YEAR) {
            throw new InvalidInputException(
                    "year", CalendarReason.CALENDAR_YEAR_OUT_OF_RANGE, CalendarYear.FIRST_YEAR, CalendarYear.LAST_YEAR);
        }
    }
}
