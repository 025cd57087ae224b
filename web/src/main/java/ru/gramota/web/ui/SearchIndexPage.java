package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ru.gramota.admin.IndexJournalAdministration;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.Localized;
import ru.gramota.search.JournalFeed;

/**
 * Where each node's search index stands, for the installation's administrators: the journal position,
 * the rows behind, the records held, rebuilding or current, and how long ago the node reported. A
 * regional administrator (of a municipality) is told the page is the installation administrators'.
 */
@Named
@RequestScoped
public class SearchIndexPage {

    @EJB
    private IndexJournalAdministration administration;

    private List<JournalFeed.NodeState> nodes;
    private String refusal;

    public void load() {
        try {
            nodes = administration.nodes();
        } catch (AccessDeniedException e) {
            refusal = e.message(Localized.RUSSIAN);
        }
    }

    /** The node's state in words: rebuilding, catching up, silent, or current. */
    public String state(JournalFeed.NodeState node) {
        long silent = Duration.between(node.reportedAt(), Instant.now()).toSeconds();
        if (silent > 30) {
            return "не отвечает " + silent + " с";
        }
        if (node.rebuilding()) {
            return "перестраивается: " + node.records() + " записей";
        }
        return node.behind() > 0 ? "догоняет, отстаёт на " + node.behind() : "в актуальном состоянии";
    }

    public List<JournalFeed.NodeState> getNodes() {
        return nodes;
    }

    public String getRefusal() {
        return refusal;
    }
}
