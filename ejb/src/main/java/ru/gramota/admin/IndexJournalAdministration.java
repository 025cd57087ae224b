package ru.gramota.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import ru.gramota.access.AdministrationRights;
import ru.gramota.search.JournalFeed;
import ru.gramota.search.SearchJournal;

/**
 * The search index journal for the installation's administrators: what was recorded for a record, and
 * where each node's index stands in it.
 */
@Stateless
public class IndexJournalAdministration {

    @EJB
    private AdministrationRights rights;

    @EJB
    private SearchJournal journal;

    @EJB
    private JournalFeed feed;

    public List<SearchJournal.JournalRow> entries(String entityType, long entityId) {
        rights.requireInstallationAdministrator();
        return journal.entries(entityType, entityId);
    }

    /** Where each node's search index stands in the journal, as the nodes last reported. */
    public List<JournalFeed.NodeState> nodes() {
        rights.requireInstallationAdministrator();
        return feed.nodes();
    }
}
