package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import ru.gramota.calendar.ProductionCalendars;
import ru.gramota.control.AssignmentLists;
import ru.gramota.inbox.Inbox;
import ru.gramota.platform.BusinessTime;
import ru.gramota.registry.service.Choices;
import ru.gramota.registry.service.Choices.JournalChoice;
import ru.gramota.registry.service.Desk;

/** The home page's counters and the journals the user registers in. */
@Named
@RequestScoped
public class HomePage {

    @EJB
    private Desk desk;

    @EJB
    private Choices choices;

    @EJB
    private ProductionCalendars calendars;

    @Inject
    private BusinessTime time;

    private Desk.Counters counters;
    private List<JournalChoice> journals;
    private List<Integer> yearsWithoutCalendar;
    private Long unread;
    private Map<String, Long> assignments;

    @EJB
    private Inbox inbox;

    @EJB
    private AssignmentLists assignmentLists;

    /** How many of my notices are unread. */
    public long getUnread() {
        if (unread == null) {
            unread = inbox.unread();
        }
        return unread;
    }

    /** My assignments to do and overdue, and reports waiting for me to accept. */
    public Map<String, Long> getAssignments() {
        if (assignments == null) {
            assignments = new java.util.HashMap<>();
            assignmentLists.counts().forEach((view, count) -> assignments.put(view.name(), count));
        }
        return assignments;
    }

    /** For administrators: the years around today that have no loaded production calendar. */
    public List<Integer> getYearsWithoutCalendar() {
        if (yearsWithoutCalendar == null) {
            yearsWithoutCalendar = calendars.calendar().notLoadedAround(time.today());
        }
        return yearsWithoutCalendar;
    }

    public Desk.Counters getCounters() {
        if (counters == null) {
            counters = desk.counters();
        }
        return counters;
    }

    public List<JournalChoice> getJournals() {
        if (journals == null) {
            journals = choices.registryJournals();
        }
        return journals;
    }
}
