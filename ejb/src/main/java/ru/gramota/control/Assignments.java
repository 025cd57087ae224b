package ru.gramota.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import ru.gramota.access.UserAccount;
import ru.gramota.calendar.ProductionCalendars;
import ru.gramota.files.StoredFile;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.Documents;

/**
 * The lifecycle of an assignment: start, report, accept or return, pass down, ask for more time and
 * decide. The rules are the assignment's own ({@link Assignment}); here each step is looked up for
 * someone who may read the document, locked, recorded with its line of history and audited, and the
 * document's control mark follows. Each answers the assignment as it now is.
 */
@Stateless
public class Assignments {

    @Inject
    private ControlRecords records;

    @Inject
    private Staff staff;

    @EJB
    private AssignmentLists lists;

    @EJB
    private ProductionCalendars calendars;

    @Inject
    private Changes changes;

    @Inject
    private Clock clock;

    public AssignmentDetails start(long id) {
        UserAccount caller = staff.caller();
        Assignment a = records.forChange(caller, id);
        Map<String, Object> before = AssignmentAudit.state(a);
        records.changed("START", a, before, a.start(caller, now()));
        return lists.details(id);
    }

    public AssignmentDetails report(long id, String text) {
        UserAccount caller = staff.caller();
        Assignment a = records.forChange(caller, id);
        Map<String, Object> before = AssignmentAudit.state(a);
        records.changed("REPORT", a, before, a.report(caller, text, now()));
        return lists.details(id);
    }

    /**
     * Accepts the report and removes the assignment from control. With assignments passed down from it
     * still open, only when {@code withOpenChildren}: they are withdrawn with it.
     */
    public AssignmentDetails accept(long id, boolean withOpenChildren) {
        UserAccount caller = staff.caller();
        Assignment a = records.forChange(caller, id);
        List<Assignment> open = records.openDescendants(a);
        Map<String, Object> before = AssignmentAudit.state(a);
        Instant at = now();
        LocalDate reportedOn = a.reportedAt() == null
                ? records.time().today()
                : a.reportedAt().atZone(records.time().zone()).toLocalDate();
        AssignmentEvent accepted = a.accept(caller, open.size(), withOpenChildren, reportedOn, at);
        for (Assignment child : open) {
            Map<String, Object> childBefore = AssignmentAudit.state(child);
            records.changed("WITHDRAW", child, childBefore, child.withdraw(caller.username(), at));
        }
        records.changed("ACCEPT", a, before, accepted);
        return lists.details(id);
    }

    public AssignmentDetails returnForRework(long id, String reason) {
        UserAccount caller = staff.caller();
        Assignment a = records.forChange(caller, id);
        Map<String, Object> before = AssignmentAudit.state(a);
        records.changed("RETURN", a, before, a.returnForRework(caller, reason, now()));
        return lists.details(id);
    }

    /**
     * Passes the assignment down to one of the executor's staff, an executor of the same organisation,
     * due on the working day on or before {@code deadline}; the new assignment's details.
     */
    public AssignmentDetails passDown(long id, String executor, String text, LocalDate deadline) {
        if (deadline == null) {
            throw new InvalidInputException("deadline", ru.gramota.platform.CommonReason.REQUIRED);
        }
        UserAccount caller = staff.caller();
        Assignment parent = records.forChange(caller, id);
        parent.requireExecutor(caller, Step.DELEGATE);
        var organisation = parent.resolution().organisation();
        UserAccount to = staff.executor(executor, organisation, "executor");
        Instant at = now();
        LocalDate due = calendars.calendar().workingDayOnOrBefore(deadline);
        Assignment child = parent.passDown(
                caller,
                to,
                Staff.departmentOf(to, organisation),
                text,
                due,
                records.time().today(),
                at);
        records.em().persist(child);
        records.em().persist(new AssignmentEvent(child, EventKind.ISSUED, at, caller.username(), child.text()));
        records.em()
                .persist(new AssignmentEvent(
                        parent, EventKind.DELEGATED, at, caller.username(), to.fullName() + ": " + child.text()));
        records.involve(parent.documentId(), List.of(to));
        changes.record(Change.of("DELEGATE", ControlRecords.ASSIGNMENT, child.id())
                .states(null, AssignmentAudit.state(child))
                .reindexing(Documents.DOCUMENT, parent.documentId()));
        return lists.details(child.id());
    }

    /** The executor asks to move the deadline to the working day on or before {@code deadline}. */
    public AssignmentDetails requestExtension(long id, LocalDate deadline, String reason) {
        if (deadline == null) {
            throw new InvalidInputException("deadline", ru.gramota.platform.CommonReason.REQUIRED);
        }
        UserAccount caller = staff.caller();
        Assignment a = records.forChange(caller, id);
        LocalDate asked = calendars.calendar().workingDayOnOrBefore(deadline);
        ExtensionRequest request = new ExtensionRequest(a, caller, asked, reason, now());
        List<ExtensionRequest> waiting = records.em()
                .createQuery(
                        "select r from ExtensionRequest r where r.assignment = :a and r.state = :requested",
                        ExtensionRequest.class)
                .setParameter("a", a)
                .setParameter("requested", ExtensionRequest.State.REQUESTED)
                .getResultList();
        if (!waiting.isEmpty()) {
            throw new ConflictException(
                    ControlReason.EXTENSION_OPEN, waiting.get(0).askedDeadline());
        }
        records.em().persist(request);
        records.changed("REQUEST_EXTENSION", a, AssignmentAudit.state(a), request.requested());
        return lists.details(id);
    }

    /** The controller approves (the deadline moves) or refuses (a comment is required) a request. */
    public AssignmentDetails decideExtension(long id, long requestId, boolean approve, String comment) {
        UserAccount caller = staff.caller();
        Assignment a = records.forChange(caller, id);
        ExtensionRequest request = records.em().find(ExtensionRequest.class, requestId);
        if (request == null || !request.assignment().id().equals(a.id())) {
            throw new UnknownEntityException(ControlReason.UNKNOWN_EXTENSION_REQUEST, requestId);
        }
        Map<String, Object> before = AssignmentAudit.state(a);
        Instant at = now();
        AssignmentEvent decided = request.decide(caller, approve, comment, at);
        if (approve) {
            records.em().persist(decided);
            records.changed(
                    "EXTEND",
                    a,
                    before,
                    a.moveDeadline(caller.username(), request.askedDeadline(), request.reason(), at));
        } else {
            records.changed("REFUSE_EXTENSION", a, before, decided);
        }
        return lists.details(id);
    }

    /** Checks that the caller may attach a file to the assignment's report: its executor, while it is theirs to do. */
    public void requireAttachable(long id) {
        attachable(staff.caller(), records.readable(staff.caller(), id));
    }

    /** Records a file, already stored, of the assignment's report; audited as {@code ATTACH}. */
    public AssignmentDetails.FileView recordFile(long id, StoredFile stored) {
        UserAccount caller = staff.caller();
        Assignment a = records.forChange(caller, id);
        attachable(caller, a);
        AssignmentFile file = new AssignmentFile(a, stored, now(), caller.username());
        records.em().persist(file);
        records.em().flush();
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("file", stored.name());
        after.put("sha256", stored.sha256());
        changes.record(Change.of("ATTACH", ControlRecords.ASSIGNMENT, id)
                .states(null, after)
                .reindexing(Documents.DOCUMENT, a.documentId()));
        return file.view();
    }

    private static void attachable(UserAccount caller, Assignment a) {
        if (!a.executedBy(caller)) {
            throw new ru.gramota.platform.AccessDeniedException(
                    ControlReason.ONLY_EXECUTOR, Step.REPORT, a.executor().fullName());
        }
        if (a.state() != AssignmentState.ISSUED && a.state() != AssignmentState.IN_PROGRESS) {
            throw new ConflictException(ControlReason.TRANSITION_FORBIDDEN, Step.REPORT, a.state());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
