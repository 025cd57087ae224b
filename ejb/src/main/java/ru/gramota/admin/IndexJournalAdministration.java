package ru.gramota.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import ru.gramota.access.AdministrationRights;
import ru.gramota.search.SearchJournal;

/** The search index journal for the installation's administrators: what was recorded for a record. */
@Stateless
public class IndexJournalAdministration {

    @EJB
    private AdministrationRights rights;

    @EJB
    private SearchJournal journal;

    public List<SearchJournal.JournalRow> entries(String entityType, long entityId) {
        rights.requireInstallationAdministrator();
        return journal.entries(entityType, entityId);
    }
}
