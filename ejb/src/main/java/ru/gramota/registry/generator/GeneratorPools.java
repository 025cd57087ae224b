package ru.gramota.registry.generator;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.gramota.org.Department;
import ru.gramota.org.Organisation;
import ru.gramota.org.OrganisationReason;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.Correspondent;
import ru.gramota.registry.CorrespondentKind;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.NomenclatureCase;
import ru.gramota.registry.NumberPattern;
import ru.gramota.registry.RegistrationJournal;
import ru.gramota.registry.RegistryReason;
import ru.gramota.registry.RetentionPeriod;

/**
 * What generated cards draw from: makes sure the directory holds the correspondents and the
 * nomenclature the cases a run needs, and answers the {@link Pool} of ids the generator's cards
 * refer to. {@link GeneratedRegistrations} writes the cards.
 *
 * <p>Nothing here checks the caller: the generator does, before it starts the job.
 */
@Stateless
public class GeneratorPools {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    /** An entry of the correspondents directory the generator makes sure exists. */
    public record CorrespondentEntry(CorrespondentKind kind, String name, String inn, String address) {}

    /** A case of the nomenclature the generator makes sure exists; {@code retentionYears} null is permanent. */
    public record CaseEntry(String index, String title, Integer retentionYears, String article) {}

    /**
     * What generated cards may refer to, by id: the journal, correspondents of the kind the journal
     * needs, cases of the year, and the people who sign and receive documents written here.
     */
    public record Pool(
            long journalId,
            String organisationCode,
            String journalCode,
            DocumentKind kind,
            String numberPattern,
            int year,
            List<Long> organisationIds,
            List<Long> citizenIds,
            List<Long> caseIds,
            Long departmentId,
            List<Long> employeeIds) {

        /** Whether every card needs a case, because the number carries its index. */
        public boolean needsCase() {
            return new NumberPattern(numberPattern).needsCaseIndex();
        }
    }

    /** The kind of documents the journal registers, or UnknownEntityException (404) naming what is missing. */
    public DocumentKind journalKind(String organisationCode, String journalCode) {
        return journal(organisationCode, journalCode).documentKind();
    }

    private RegistrationJournal journal(String organisationCode, String journalCode) {
        if (em.createNamedQuery(Organisation.BY_CODE, Organisation.class)
                .setParameter("code", organisationCode)
                .getResultList()
                .isEmpty()) {
            throw new UnknownEntityException(OrganisationReason.UNKNOWN_ORGANISATION, organisationCode);
        }
        return em.createQuery(
                        "select j from RegistrationJournal j where j.organisation.code = :organisation and j.code = :code",
                        RegistrationJournal.class)
                .setParameter("organisation", organisationCode)
                .setParameter("code", journalCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownEntityException(
                        RegistryReason.UNKNOWN_JOURNAL, organisationCode + "/" + journalCode));
    }

    /** The pool of a journal prepared before ({@link #prepare}), without adding anything. */
    public Pool pool(String organisationCode, String journalCode, int year, List<CorrespondentEntry> correspondents) {
        return pool(journal(organisationCode, journalCode), year, correspondents);
    }

    /**
     * Makes sure the directory holds the given organisations (shared) and citizens (the journal's
     * organisation's own), and the nomenclature the given cases for the year; adds what is missing,
     * matching by name and index. Then answers the pool the cards will draw from.
     *
     * @throws IllegalStateException when the journal's kind needs a signatory or addressees and the
     *     organisation has no active employee, or its numbers need a department it does not have
     */
    public Pool prepare(
            String organisationCode,
            String journalCode,
            int year,
            List<CorrespondentEntry> correspondents,
            List<CaseEntry> cases) {
        RegistrationJournal journal = journal(organisationCode, journalCode);
        Organisation organisation = journal.organisation();
        Map<String, Correspondent> existing = new HashMap<>();
        Set<String> keys = correspondents.stream()
                .map(c -> Correspondent.searchKey(c.name()))
                .collect(Collectors.toSet());
        for (Correspondent c : directory(organisation, keys)) {
            existing.putIfAbsent(c.kind() + "|" + Correspondent.searchKey(c.name()), c);
        }
        for (CorrespondentEntry entry : correspondents) {
            String key = entry.kind() + "|" + Correspondent.searchKey(entry.name());
            if (!existing.containsKey(key)) {
                Correspondent created =
                        new Correspondent(entry.kind(), entry.name(), entry.inn(), entry.address(), null, organisation);
                em.persist(created);
                existing.put(key, created);
            }
        }
        Set<String> indexes = new HashSet<>(em.createQuery(
                        "select c.index from NomenclatureCase c where c.organisation = :organisation and c.year = :year",
                        String.class)
                .setParameter("organisation", organisation)
                .setParameter("year", year)
                .getResultList());
        for (CaseEntry entry : cases) {
            if (indexes.add(entry.index())) {
                RetentionPeriod retention = entry.retentionYears() == null
                        ? RetentionPeriod.of(RetentionPeriod.Kind.PERMANENT, null)
                        : RetentionPeriod.of(RetentionPeriod.Kind.YEARS, entry.retentionYears());
                em.persist(new NomenclatureCase(
                        organisation, year, entry.index(), entry.title(), retention, entry.article(), false));
            }
        }
        em.flush();
        return pool(journal, year, correspondents);
    }

    private Pool pool(RegistrationJournal journal, int year, List<CorrespondentEntry> correspondents) {
        Organisation organisation = journal.organisation();
        Set<String> keys = correspondents.stream()
                .map(c -> Correspondent.searchKey(c.name()))
                .collect(Collectors.toSet());
        List<Correspondent> directory = directory(organisation, keys);
        List<Long> organisations = ids(directory, CorrespondentKind.ORGANISATION);
        List<Long> citizens = ids(directory, CorrespondentKind.CITIZEN);
        List<Long> cases = em.createQuery(
                        "select c.id from NomenclatureCase c where c.organisation = :organisation and c.year = :year"
                                + " order by c.index",
                        Long.class)
                .setParameter("organisation", organisation)
                .setParameter("year", year)
                .getResultList();
        List<Long> employees = em.createQuery(
                        "select u.id from UserAccount u where u.organisation = :organisation and u.active = true"
                                + " order by u.id",
                        Long.class)
                .setParameter("organisation", organisation)
                .getResultList();
        DocumentKind kind = journal.documentKind();
        boolean needsPeople =
                kind == DocumentKind.OUTGOING || kind == DocumentKind.INTERNAL || kind == DocumentKind.ACT;
        if (needsPeople && employees.isEmpty()) {
            throw new IllegalStateException("The journal " + journal.code() + " registers " + kind
                    + " documents, which need a signatory" + (kind == DocumentKind.INTERNAL ? " and addressees" : "")
                    + " among the organisation's people, but " + organisation.code()
                    + " has no active employee; add one (POST /api/v1/employees) and start the generator again");
        }
        if (kind == DocumentKind.INCOMING && organisations.isEmpty()
                || kind == DocumentKind.CITIZEN_APPEAL && citizens.isEmpty()
                || kind == DocumentKind.OUTGOING && organisations.isEmpty()) {
            throw new IllegalStateException("No correspondents to generate " + kind + " documents from");
        }
        if (journal.numberPattern().needsCaseIndex() && cases.isEmpty()) {
            throw new IllegalStateException("The journal's numbers carry a case index, but " + organisation.code()
                    + " has no case in the nomenclature of " + year);
        }
        Long department = journal.numberPattern().needsDepartment() ? department(organisation) : null;
        return new Pool(
                journal.id(),
                organisation.code(),
                journal.code(),
                kind,
                journal.numberPattern().pattern(),
                year,
                organisations,
                citizens,
                cases,
                department,
                employees);
    }

    /** The department whose code the numbers carry: the organisation's first. */
    private Long department(Organisation organisation) {
        return em.createNamedQuery(Department.OF_ORGANISATION, Department.class)
                .setParameter("organisation", organisation.code())
                .getResultStream()
                .map(Department::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The journal's numbers carry a department code, but "
                        + organisation.code() + " has no department"));
    }

    /** The shared organisations and the organisation's own citizens with these search keys, oldest first. */
    private List<Correspondent> directory(Organisation organisation, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c from Correspondent c where c.searchKey in :keys and c.active = true"
                                + " and (c.owner is null or c.owner = :organisation) order by c.id",
                        Correspondent.class)
                .setParameter("keys", keys)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    private static List<Long> ids(List<Correspondent> directory, CorrespondentKind kind) {
        Map<String, Long> first = new LinkedHashMap<>();
        directory.stream().filter(c -> c.kind() == kind).forEach(c -> first.putIfAbsent(c.name(), c.id()));
        return List.copyOf(first.values());
    }
}
