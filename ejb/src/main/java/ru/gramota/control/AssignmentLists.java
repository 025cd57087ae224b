package ru.gramota.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.gramota.access.UserAccount;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;

/**
 * What people read of control: their own assignments and those on their control, nearest deadline
 * (so overdue) first, and one assignment with its history, tree and extension requests.
 */
@Stateless
public class AssignmentLists {

    /** The largest page of a list. */
    public static final int MAX_LIMIT = 200;

    /** Which of the caller's assignments a list shows. */
    public enum View {
        /** Mine to do: issued or in progress. */
        TODO,
        /** Mine with a report submitted, waiting for the controller. */
        SUBMITTED,
        /** Mine, open and past the deadline. */
        OVERDUE,
        /** On my control (I accept their reports), open. */
        CONTROLLED,
        /** On my control, with a report waiting for me. */
        TO_ACCEPT,
        /** Mine, accepted or withdrawn. */
        DONE;

        /** The view named in a request ({@code to-accept} or {@code TO_ACCEPT}); the default when blank. */
        public static View of(String name) {
            return name == null || name.isBlank()
                    ? TODO
                    : InvalidInputException.oneOf(
                            name.strip().toUpperCase(Locale.ROOT).replace('-', '_'), "view", View.values());
        }
    }

    @Inject
    private ControlRecords records;

    @Inject
    private Staff staff;

    /**
     * A page of the caller's assignments of the view, nearest deadline first (overdue ones come
     * first), each with its document's number and title.
     */
    public List<AssignmentView> mine(View view, int offset, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", CommonReason.OUT_OF_RANGE, 1, MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", CommonReason.OUT_OF_RANGE, 0, Integer.MAX_VALUE);
        }
        UserAccount caller = staff.caller();
        LocalDate today = records.time().today();
        String where = where(view);
        String order = view == View.DONE ? "a.closedAt desc, a.id desc" : "a.deadline, a.id";
        TypedQuery<Object[]> query = records.em()
                .createQuery(
                        "select a, d.number.text, d.title from Assignment a, Document d"
                                + " join fetch a.executor join fetch a.controller join fetch a.issuedBy"
                                + " where d.id = a.documentId and " + where + " order by " + order,
                        Object[].class)
                .setParameter("caller", caller)
                .setFirstResult(offset)
                .setMaxResults(limit);
        if (view == View.OVERDUE) {
            query.setParameter("today", today);
        }
        return query.getResultList().stream()
                .map(row -> AssignmentView.of(
                        (Assignment) row[0], (String) row[1], (String) row[2], caller.username(), today, List.of()))
                .toList();
    }

    /** How many of the caller's assignments each list holds, for the home page. */
    public Map<View, Long> counts() {
        UserAccount caller = staff.caller();
        Map<View, Long> counts = new EnumMap<>(View.class);
        for (View view : List.of(View.TODO, View.OVERDUE, View.TO_ACCEPT)) {
            TypedQuery<Long> query = records.em()
                    .createQuery("select count(a) from Assignment a where " + where(view), Long.class)
                    .setParameter("caller", caller);
            if (view == View.OVERDUE) {
                query.setParameter("today", records.time().today());
            }
            counts.put(view, query.getSingleResult());
        }
        return counts;
    }

    /** The condition of a list on the assignment {@code a}, with the parameters :caller (and :today). */
    private static String where(View view) {
        String who = view == View.CONTROLLED || view == View.TO_ACCEPT ? "a.controller" : "a.executor";
        String states = switch (view) {
            case TODO -> "a.state in ('ISSUED', 'IN_PROGRESS')";
            case SUBMITTED, TO_ACCEPT -> "a.state = 'REPORTED'";
            case OVERDUE -> "a.state in ('ISSUED', 'IN_PROGRESS', 'REPORTED') and a.deadline < :today";
            case CONTROLLED -> "a.state in ('ISSUED', 'IN_PROGRESS', 'REPORTED')";
            case DONE -> "a.state in ('ACCEPTED', 'WITHDRAWN')";
        };
        return who + " = :caller and " + states;
    }

    /** One assignment, if the caller may read its document: with the tree below it, its history and extensions. */
    public AssignmentDetails details(long id) {
        UserAccount caller = staff.caller();
        Assignment assignment = records.readable(caller, id);
        var em = records.em();
        Object[] document = em.createQuery(
                        "select d.number.text, d.title from Document d where d.id = :id", Object[].class)
                .setParameter("id", assignment.documentId())
                .getSingleResult();
        List<Assignment> below = em.createQuery(
                        "select a from Assignment a where a.resolution = :r order by a.id", Assignment.class)
                .setParameter("r", assignment.resolution())
                .getResultList();
        AssignmentView tree =
                records.trees(below, (String) document[0], (String) document[1], caller.username()).stream()
                        .map(root -> find(root, id))
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .orElseThrow();
        List<AssignmentDetails.HistoryLine> history = em
                .createQuery(
                        "select e from AssignmentEvent e where e.assignment = :a order by e.at, e.id",
                        AssignmentEvent.class)
                .setParameter("a", assignment)
                .getResultList()
                .stream()
                .map(AssignmentDetails.HistoryLine::of)
                .toList();
        List<AssignmentDetails.Extension> extensions = em
                .createQuery(
                        "select r from ExtensionRequest r where r.assignment = :a order by r.id",
                        ExtensionRequest.class)
                .setParameter("a", assignment)
                .getResultList()
                .stream()
                .map(AssignmentDetails.Extension::of)
                .toList();
        List<AssignmentDetails.FileView> files = em
                .createQuery(
                        "select f from AssignmentFile f where f.assignment = :a order by f.id", AssignmentFile.class)
                .setParameter("a", assignment)
                .getResultList()
                .stream()
                .map(AssignmentFile::view)
                .toList();
        return new AssignmentDetails(tree, history, extensions, files);
    }

    /** Whom the executor may pass the assignment down to, as one types: executors of its organisation but themselves. */
    public List<AssignmentView.Person> staffFor(long id, String typed, int limit) {
        UserAccount caller = staff.caller();
        Assignment assignment = records.readable(caller, id);
        return staff
                .holding(
                        assignment.resolution().organisation(),
                        java.util.Set.of(ru.gramota.access.Role.EXECUTOR),
                        typed,
                        limit + 1)
                .stream()
                .filter(u -> !u.username().equals(caller.username()))
                .limit(limit)
                .map(u -> new AssignmentView.Person(u.username(), u.fullName()))
                .toList();
    }

    /** A file of the assignment's report and its blob's name, if the caller may read the assignment's document. */
    public AssignmentFiles.Stored file(long id, long fileId) {
        Assignment assignment = records.readable(staff.caller(), id);
        AssignmentFile file = records.em().find(AssignmentFile.class, fileId);
        if (file == null || !file.assignment().id().equals(assignment.id())) {
            throw new ru.gramota.platform.UnknownEntityException(ControlReason.UNKNOWN_REPORT_FILE, fileId);
        }
        return new AssignmentFiles.Stored(file.view(), file.sha256());
    }

    private static AssignmentView find(AssignmentView view, long id) {
        if (view.id() == id) {
            return view;
        }
        return view.children().stream()
                .map(c -> find(c, id))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
