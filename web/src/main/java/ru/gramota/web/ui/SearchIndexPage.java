package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ru.gramota.admin.IndexJournalAdministration;
import ru.gramota.batch.search.SearchIndexRebuilds;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.Localized;
import ru.gramota.platform.NodeName;
import ru.gramota.search.IndexRebuilds;
import ru.gramota.search.JournalFeed;

/**
 * Where each node's search index stands, for the installation's administrators: the journal position,
 * the rows behind, the records held, rebuilding or current, and how long ago the node reported; a
 * rebuild's progress; and a button that rebuilds the index of the node that serves the page. A
 * regional administrator (of a municipality) is told the page is the installation administrators'.
 */
@Named
@RequestScoped
public class SearchIndexPage {

    @EJB
    private IndexJournalAdministration administration;

    @EJB
    private SearchIndexRebuilds rebuilds;

    private List<JournalFeed.NodeState> nodes;
    private String refusal;

    public void load() {
        try {
            nodes = administration.nodes();
        } catch (AccessDeniedException e) {
            refusal = e.message(Localized.RUSSIAN);
        }
    }

    /** Rebuilds the index of the node that serves the page, or resumes its interrupted rebuild. */
    public void rebuild() {
        try {
            IndexRebuilds.Rebuild rebuild = rebuilds.rebuildByAdministrator(NodeName.current());
            FacesErrors.done(
                    rebuild.outcome() == IndexRebuilds.Outcome.RESUMED
                            ? "Перестройка индекса продолжена"
                            : "Перестройка индекса начата",
                    "Сервер " + rebuild.node() + ", задание " + rebuild.executionId()
                            + ". Поиск работает по старому индексу, пока новый не будет готов.");
        } catch (ConflictException | AccessDeniedException e) {
            FacesErrors.global("Перестройка не начата", e.message(Localized.RUSSIAN));
        }
        load();
    }

    /** How a node's rebuild is going, in words: records done of total, rate and time left. */
    public String progress(JournalFeed.NodeState node) {
        JournalFeed.RebuildProgress rebuild = node.rebuild();
        if (rebuild == null) {
            return "";
        }
        String text = String.format(
                "%,d из %,d записей, %,.0f в секунду", rebuild.done(), rebuild.total(), rebuild.perSecond());
        Long eta = rebuild.etaSeconds();
        return eta == null ? text : text + ", осталось около " + minutes(eta);
    }

    private static String minutes(long seconds) {
        return seconds < 60 ? "минуты" : (seconds + 59) / 60 + " мин";
    }

    /** The node that serves this page: the one whose index the button rebuilds. */
    public String getThisNode() {
        return NodeName.current();
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

    /** The nodes, read once a request: on a postback too (the poll, the button), where no view action runs first. */
    public List<JournalFeed.NodeState> getNodes() {
        if (nodes == null && refusal == null) {
            load();
        }
        return nodes;
    }

    public String getRefusal() {
        getNodes();
        return refusal;
    }
}
