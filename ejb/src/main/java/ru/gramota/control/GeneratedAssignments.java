package ru.gramota.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccount;
import ru.gramota.calendar.ProductionCalendar;
import ru.gramota.calendar.ProductionCalendars;
import ru.gramota.org.Department;
import ru.gramota.org.Organisation;
import ru.gramota.org.Organisations;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.registry.ControlMark;
import ru.gramota.registry.Document;
import ru.gramota.registry.Documents;
import ru.gramota.registry.ParticipantRole;

/**
 * The data generator's resolutions and assignments (benchmarks and demos): about half of the
 * generated incoming letters and appeals get a resolution of one of the organisation's managers, on
 * control with one of its controllers, for one executor (a third of them with a co-executor); the
 * deadline by urgency on the production calendar. Those due before today were done on time, except
 * about 10 % done late and 3 % still open and overdue; those due later are in progress or done early.
 * Decided by the seed and the document's id, so a run writes the same again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class GeneratedAssignments {

    /** The organisation's people who write, execute and control resolutions; empty lists when it has none. */
    public record People(List<Long> managers, List<Long> executors, List<Long> controllers) {

        /** Whether the organisation has the people that resolutions need. */
        public boolean complete() {
            return !managers.isEmpty() && !executors.isEmpty() && !controllers.isEmpty();
        }
    }

    @Inject
    private ControlRecords records;

    @Inject
    private ControlSettings settings;

    @EJB
    private ProductionCalendars calendars;

    @EJB
    private Organisations organisations;

    @EJB
    private Documents documents;

    @Inject
    private Changes changes;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public People people(String organisationCode) {
        Organisation organisation = organisations.require(organisationCode);
        return new People(
                holding(organisation, Role.MANAGER),
                holding(organisation, Role.EXECUTOR),
                holding(organisation, Role.CONTROLLER));
    }

    private List<Long> holding(Organisation organisation, Role role) {
        return records.em()
                .createQuery(
                        "select distinct g.user.id from RoleGrant g where g.organisation = :o and g.role = :role"
                                + " and g.user.active = true order by g.user.id",
                        Long.class)
                .setParameter("o", organisation)
                .setParameter("role", role)
                .getResultList();
    }

    /** Writes the resolutions and assignments of these generated documents; how many assignments. */
    public int write(List<Long> documentIds, long seed, People people) {
        if (!people.complete()) {
            return 0;
        }
        Map<Long, Department> departments = new HashMap<>();
        ProductionCalendar calendar = calendars.calendar();
        LocalDate today = records.time().today();
        int written = 0;
        List<Long> touched = new ArrayList<>();
        for (long id : documentIds) {
            SplittableRandom random = new SplittableRandom(seed * 31 + id);
            if (random.nextInt(100) >= 50) {
                continue;
            }
            Document document = documents.require(id);
            written += resolve(document, random, people, calendar, today, departments);
            touched.add(id);
        }
        records.em().flush();
        changes.record(Change.withinAuditedRun(Documents.DOCUMENT, touched));
        return written;
    }

    /** @param departments the executors' departments, looked up once per chunk */
    private int resolve(
            Document document,
            SplittableRandom random,
            People people,
            ProductionCalendar calendar,
            LocalDate today,
            Map<Long, Department> departments) {
        LocalDate date = document.documentDate().plusDays(random.nextInt(3));
        if (date.isAfter(today)) {
            date = today;
        }
        int u = random.nextInt(10);
        Urgency urgency = u == 0 ? Urgency.URGENT : u < 3 ? Urgency.PROMPT : Urgency.ORDINARY;
        Deadline deadline = Deadlines.proposed(calendar, settings, date, urgency);
        UserAccount author = account(pick(people.managers(), random));
        UserAccount controller = account(pick(people.controllers(), random));
        Instant at = date.atTime(10, 0).atZone(records.time().zone()).toInstant();
        Resolution resolution = new Resolution(
                document.id(),
                document.organisation(),
                author,
                "Рассмотреть и подготовить ответ в установленный срок",
                deadline,
                controller,
                at);
        records.em().persist(resolution);
        List<UserAccount> executors = new ArrayList<>();
        executors.add(account(pick(people.executors(), random)));
        if (random.nextInt(3) == 0 && people.executors().size() > 1) {
            UserAccount co = account(pick(people.executors(), random));
            if (!co.id().equals(executors.get(0).id())) {
                executors.add(co);
            }
        }
        executors.removeIf(e -> e.id().equals(controller.id()));
        boolean open = false;
        for (UserAccount executor : executors) {
            Department department = departments.computeIfAbsent(
                    executor.id(),
                    k -> Staff.departmentOf(records.em().find(UserAccount.class, k), document.organisation()));
            Assignment assignment =
                    new Assignment(resolution, executor, department, executors.indexOf(executor) == 0, at);
            outcome(assignment, random, today, calendar);
            records.em().persist(assignment);
            documents.addParticipant(document.id(), executor.id(), ParticipantRole.ASSIGNED);
            open |= assignment.state().open();
        }
        documents.addParticipant(document.id(), controller.id(), ParticipantRole.ASSIGNED);
        documents.require(document.id()).deriveControl(ControlMark.derived(open, open ? deadline.due() : null));
        return executors.size();
    }

    private void outcome(Assignment a, SplittableRandom random, LocalDate today, ProductionCalendar calendar) {
        int roll = random.nextInt(100);
        LocalDate due = a.deadline();
        Instant issued = a.issuedAt();
        if (!due.isBefore(today)) {
            if (roll < 30) {
                LocalDate done = earlier(calendar, due, random, today);
                a.generated(AssignmentState.ACCEPTED, done, at(done), "Исполнено");
            } else {
                a.generated(roll < 60 ? AssignmentState.IN_PROGRESS : AssignmentState.ISSUED, null, null, null);
            }
            return;
        }
        if (roll < 10) {
            LocalDate done = due.plusDays(1 + random.nextInt(10));
            done = done.isAfter(today) ? today : done;
            a.generated(AssignmentState.ACCEPTED, done, at(done), "Исполнено с нарушением срока");
        } else if (roll < 13) {
            a.generated(AssignmentState.IN_PROGRESS, null, issued, null);
        } else {
            LocalDate done = earlier(calendar, due, random, today);
            a.generated(AssignmentState.ACCEPTED, done, at(done), "Исполнено");
        }
    }

    /** A working day on or before the deadline, and not after today. */
    private static LocalDate earlier(
            ProductionCalendar calendar, LocalDate due, SplittableRandom random, LocalDate today) {
        LocalDate done = calendar.workingDayOnOrBefore(due.minusDays(random.nextInt(8)));
        return done.isAfter(today) ? today : done;
    }

    private Instant at(LocalDate day) {
        return day.atTime(15, 0).atZone(records.time().zone()).toInstant();
    }

    private static long pick(List<Long> ids, SplittableRandom random) {
        return ids.get(random.nextInt(ids.size()));
    }

    private UserAccount account(long id) {
        return records.em().getReference(UserAccount.class, id);
    }
}
