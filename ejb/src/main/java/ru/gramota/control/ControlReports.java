package ru.gramota.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccount;
import ru.gramota.org.Organisation;
import ru.gramota.org.Organisations;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;

/**
 * Control's reports for the managers and controllers of an organisation, over it and the organisations
 * below it: execution discipline with the assignments behind each number, and registrations per
 * journal and month with the share put on control. Counted by the database (one grouped query each).
 */
@Stateless
public class ControlReports {

    /** The longest period of a report: five years. */
    static final int LONGEST_DAYS = 5 * 366;

    private static final String JUDGED = "a.state in ('ISSUED', 'IN_PROGRESS', 'REPORTED', 'ACCEPTED')";

    @Inject
    private ControlRecords records;

    @Inject
    private Staff staff;

    @EJB
    private Organisations organisations;

    /** An organisation whose reports the caller sees. */
    public record Overseen(String code, String name) {}

    /** The organisations the caller manages or controls, whose reports (with those below) they see. */
    public List<Overseen> overseen() {
        return staff.caller().grants().stream()
                .filter(g -> g.role() == Role.MANAGER || g.role() == Role.CONTROLLER)
                .map(g -> new Overseen(g.organisation().code(), g.organisation().name()))
                .distinct()
                .sorted(java.util.Comparator.comparing(Overseen::name))
                .toList();
    }

    public Discipline discipline(String organisationCode, LocalDate from, LocalDate to, Discipline.By by) {
        Scope scope = scope(organisationCode, from, to);
        LocalDate today = records.time().today();
        String group = by == Discipline.By.EXECUTOR
                ? "u.username, u.fullName from Assignment a join a.executor u"
                : "d.id, d.name from Assignment a left join a.department d";
        String groupBy = by == Discipline.By.EXECUTOR ? "u.username, u.fullName" : "d.id, d.name";
        TypedQuery<Object[]> query = records.em()
                .createQuery(
                        "select " + group.replace(" from ", ", " + sums() + " from ") + " where " + scope.where()
                                + " group by " + groupBy,
                        Object[].class)
                .setParameter("today", today);
        scope.bind(query);
        List<Discipline.Row> rows = new ArrayList<>();
        long[] total = new long[4];
        for (Object[] r : query.getResultList()) {
            long[] n = {number(r[2]), number(r[3]), number(r[4]), number(r[5])};
            for (int i = 0; i < 4; i++) {
                total[i] += n[i];
            }
            String key = r[0] == null ? "" : r[0].toString();
            String name = r[1] == null ? "Без подразделения" : (String) r[1];
            rows.add(Discipline.Row.of(key, name, n[0], n[1], n[2], n[3]));
        }
        rows.sort((a, b) -> a.name().compareTo(b.name()));
        return new Discipline(
                scope.organisation().code(),
                from,
                to,
                today,
                by,
                rows,
                Discipline.Row.of("", "Итого", total[0], total[1], total[2], total[3]));
    }

    /** The assignments behind one number of the report, nearest deadline first. */
    public List<AssignmentView> behind(
            String organisationCode,
            LocalDate from,
            LocalDate to,
            Discipline.By by,
            String key,
            Discipline.Category category,
            int offset,
            int limit) {
        Scope scope = scope(organisationCode, from, to);
        if (limit < 1 || limit > AssignmentLists.MAX_LIMIT || offset < 0) {
            throw new InvalidInputException("limit", CommonReason.OUT_OF_RANGE, 1, AssignmentLists.MAX_LIMIT);
        }
        String who = by == Discipline.By.EXECUTOR
                ? " and a.executor.username = :key"
                : key == null || key.isEmpty() ? " and a.department is null" : " and a.department.id = :key";
        String which = switch (category) {
            case ON_TIME -> "a.state = 'ACCEPTED' and a.doneOn <= a.deadline";
            case LATE -> "a.state = 'ACCEPTED' and a.doneOn > a.deadline";
            case OVERDUE -> "a.state in ('ISSUED', 'IN_PROGRESS', 'REPORTED') and a.deadline < :today";
            case IN_PROGRESS -> "a.state in ('ISSUED', 'IN_PROGRESS', 'REPORTED') and a.deadline >= :today";
        };
        LocalDate today = records.time().today();
        TypedQuery<Object[]> query = records.em()
                .createQuery(
                        "select a, d.number.text, d.title from Assignment a, Document d"
                                + " where d.id = a.documentId and " + scope.where() + who + " and " + which
                                + " order by a.deadline, a.id",
                        Object[].class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        scope.bind(query);
        if (category == Discipline.Category.OVERDUE || category == Discipline.Category.IN_PROGRESS) {
            query.setParameter("today", today);
        }
        if (by == Discipline.By.EXECUTOR) {
            query.setParameter("key", key);
        } else if (key != null && !key.isEmpty()) {
            query.setParameter("key", parseId(key));
        }
        String caller = staff.caller().username();
        return query.getResultList().stream()
                .map(r -> AssignmentView.of((Assignment) r[0], (String) r[1], (String) r[2], caller, today, List.of()))
                .toList();
    }

    /** Documents registered per journal, kind and month of the year, with those put on control. */
    public RegistrationReport registrations(String organisationCode, int year) {
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException("year", CommonReason.OUT_OF_RANGE, 1990, 2100);
        }
        Scope scope = scope(organisationCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        TypedQuery<Object[]> query = records.em()
                .createQuery(
                        "select j.name, d.kind, month(d.documentDate), count(d),"
                                + " sum(case when d.control.onControl = true or d.control.derived = true then 1 else 0 end)"
                                + " from Document d join d.number.journal j"
                                + " where d.status <> :draft"
                                + " and d.documentDate between :first and :last"
                                + (scope.everything() ? "" : " and d.organisation.id in :organisations")
                                + " group by j.name, d.kind, month(d.documentDate) order by j.name, 3",
                        Object[].class)
                .setParameter("draft", ru.gramota.registry.DocumentStatus.DRAFT)
                .setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31));
        if (!scope.everything()) {
            query.setParameter("organisations", scope.ids());
        }
        List<RegistrationReport.Row> rows = new ArrayList<>();
        long registered = 0;
        long controlled = 0;
        for (Object[] r : query.getResultList()) {
            long n = number(r[3]);
            long c = number(r[4]);
            registered += n;
            controlled += c;
            rows.add(RegistrationReport.Row.of((String) r[0], String.valueOf(r[1]), ((Number) r[2]).intValue(), n, c));
        }
        return new RegistrationReport(scope.organisation().code(), year, rows, registered, controlled);
    }

    private static String sums() {
        return "sum(case when a.state = 'ACCEPTED' and a.doneOn <= a.deadline then 1 else 0 end),"
                + " sum(case when a.state = 'ACCEPTED' and a.doneOn > a.deadline then 1 else 0 end),"
                + " sum(case when a.state <> 'ACCEPTED' and a.deadline < :today then 1 else 0 end),"
                + " sum(case when a.state <> 'ACCEPTED' and a.deadline >= :today then 1 else 0 end)";
    }

    /** The organisations a report covers, if the caller oversees them, and its period, checked. */
    private Scope scope(String organisationCode, LocalDate from, LocalDate to) {
        if (organisationCode == null || organisationCode.isBlank()) {
            throw new InvalidInputException("organisation", CommonReason.REQUIRED);
        }
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusDays(LONGEST_DAYS).isBefore(to)) {
            throw new InvalidInputException(
                    "to", CommonReason.OUT_OF_RANGE, from, from == null ? null : from.plusDays(LONGEST_DAYS));
        }
        Organisation organisation = organisations.require(organisationCode.strip());
        UserAccount caller = staff.caller();
        boolean oversees = caller.grants().stream()
                .anyMatch(g -> (g.role() == Role.MANAGER || g.role() == Role.CONTROLLER)
                        && organisation.isWithin(g.organisation()));
        if (!oversees) {
            throw new AccessDeniedException(ControlReason.ONLY_OVERSEERS, organisation.code());
        }
        boolean everything = organisation.parent() == null;
        List<Long> ids = everything
                ? List.of()
                : records.em().createQuery("select o from Organisation o", Organisation.class).getResultList().stream()
                        .filter(o -> o.isWithin(organisation))
                        .map(Organisation::id)
                        .toList();
        return new Scope(organisation, from, to, everything, ids);
    }

    private record Scope(Organisation organisation, LocalDate from, LocalDate to, boolean everything, List<Long> ids) {

        String where() {
            return JUDGED + " and a.deadline between :from and :to"
                    + (everything ? "" : " and a.organisationId in :organisations");
        }

        void bind(TypedQuery<?> query) {
            query.setParameter("from", from).setParameter("to", to);
            if (!everything) {
                query.setParameter("organisations", ids);
            }
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static long parseId(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("key", CommonReason.NOT_A_WHOLE_NUMBER);
        }
    }
}
