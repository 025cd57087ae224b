package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.gramota.registry.service.Desk;
import ru.gramota.registry.service.JournalView;

/** The home page's counters and the journals the user registers in. */
@Named
@RequestScoped
public class HomePage {

    @EJB
    private Desk desk;

    private Desk.Counters counters;
    private List<JournalView> journals;

    public Desk.Counters getCounters() {
        if (counters == null) {
            counters = desk.counters();
        }
        return counters;
    }

    public List<JournalView> getJournals() {
        if (journals == null) {
            journals = desk.myJournals();
        }
        return journals;
    }
}
