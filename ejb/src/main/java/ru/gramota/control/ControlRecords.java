package ru.gramota.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.gramota.access.UserAccount;
import ru.gramota.platform.BusinessTime;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.ControlMark;
import ru.gramota.registry.Documents;
import ru.gramota.registry.access.DocumentAccess;

/**
 * What the control services share: an assignment looked up for someone who may read its document,
 * changes recorded, the document's control mark derived, trees of views built.
 */
@Dependent
class ControlRecords {

    /** What the audit trail calls a resolution and an assignment. */
    static final String RESOLUTION = "RESOLUTION";

    static final String ASSIGNMENT = "ASSIGNMENT";

    private static final Set<AssignmentState> OPEN =
            Set.of(AssignmentState.ISSUED, AssignmentState.IN_PROGRESS, AssignmentState.REPORTED);

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private DocumentAccess access;

    @EJB
    private Documents documents;

    @Inject
    private Changes changes;

    @Inject
    private BusinessTime time;

    /**
     * The assignment, locked for a change (its version moves, so two changes at once do not both
     * pass), if the user may read its document; otherwise as if there were none.
     */
    Assignment forChange(UserAccount user, long id) {
        Assignment assignment = readable(user, id);
        em.lock(assignment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return assignment;
    }

    /** The assignment, if the user may read its document; otherwise as if there were none. */
    Assignment readable(UserAccount user, long id) {
        Assignment assignment = em.find(Assignment.class, id);
        if (assignment == null
                || !access.canRead(user.username(), assignment.documentId()).allowed()) {
            throw new UnknownEntityException(ControlReason.UNKNOWN_ASSIGNMENT, id);
        }
        return assignment;
    }

    /** Records a change of an assignment with its line of history, and derives the document's mark again. */
    void changed(String action, Assignment assignment, Map<String, Object> before, AssignmentEvent event) {
        em.persist(event);
        changes.record(Change.of(action, ASSIGNMENT, assignment.id())
                .states(before, AssignmentAudit.state(assignment))
                .reindexing(Documents.DOCUMENT, assignment.documentId()));
        deriveMark(assignment.documentId());
    }

    /** Lets the people of an assignment read its document (and find it in search). */
    void involve(long documentId, Collection<UserAccount> people) {
        people.forEach(p -> documents.addParticipant(documentId, p.id(), ru.gramota.registry.ParticipantRole.ASSIGNED));
    }

    /**
     * The document's control mark (29) from its assignments on control: on control while one of those
     * given by a resolution is open, with the nearest deadline among them. A document no resolution
     * put on control keeps the clerk's mark.
     */
    void deriveMark(long documentId) {
        em.flush();
        Object[] row = em.createQuery(
                        "select count(a), sum(case when a.state in :open then 1 else 0 end),"
                                + " min(case when a.state in :open then a.deadline end)"
                                + " from Assignment a where a.documentId = :document and a.onControl = true"
                                + " and a.parent is null",
                        Object[].class)
                .setParameter("open", OPEN)
                .setParameter("document", documentId)
                .getSingleResult();
        if (((Number) row[0]).longValue() == 0) {
            return;
        }
        boolean open = row[1] != null && ((Number) row[1]).longValue() > 0;
        documents.deriveControl(documentId, ControlMark.derived(open, open ? (java.time.LocalDate) row[2] : null));
    }

    /** The open assignments passed down from this one, at any depth. */
    List<Assignment> openDescendants(Assignment assignment) {
        List<Assignment> found = new ArrayList<>();
        List<Assignment> level = List.of(assignment);
        while (!level.isEmpty()) {
            level = em.createQuery("select a from Assignment a where a.parent in :parents", Assignment.class)
                    .setParameter("parents", level)
                    .getResultList();
            level.stream().filter(a -> a.state().open()).forEach(found::add);
        }
        return found;
    }

    /** The views of these assignments as trees: each root with the ones passed down from it, in order of issue. */
    List<AssignmentView> trees(List<Assignment> all, String number, String title, String caller) {
        Map<Long, List<Assignment>> byParent = new HashMap<>();
        List<Assignment> roots = new ArrayList<>();
        for (Assignment a : all) {
            if (a.parent() == null) {
                roots.add(a);
            } else {
                byParent.computeIfAbsent(a.parent().id(), k -> new ArrayList<>())
                        .add(a);
            }
        }
        return roots.stream().map(a -> tree(a, byParent, number, title, caller)).toList();
    }

    private AssignmentView tree(
            Assignment a, Map<Long, List<Assignment>> byParent, String number, String title, String caller) {
        List<AssignmentView> children = byParent.getOrDefault(a.id(), List.of()).stream()
                .map(c -> tree(c, byParent, number, title, caller))
                .toList();
        return AssignmentView.of(a, number, title, caller, time.today(), children);
    }

    EntityManager em() {
        return em;
    }

    BusinessTime time() {
        return time;
    }
}
