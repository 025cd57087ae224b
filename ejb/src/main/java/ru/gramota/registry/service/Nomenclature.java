package ru.gramota.registry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ru.gramota.access.AdministrationRights;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccount;
import ru.gramota.org.Organisation;
import ru.gramota.org.Organisations;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.registry.NomenclatureCase;
import ru.gramota.registry.RegistryReason;
import ru.gramota.registry.RetentionPeriod;

/**
 * The nomenclature of cases [номенклатура дел] of each organisation and year: the archivist or the
 * registry draws it up; registration files documents to its cases.
 */
@Stateless
public class Nomenclature {

    static final String CASE = "NOMENCLATURE_CASE";

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private AdministrationRights rights;

    @EJB
    private Organisations organisations;

    @Inject
    private Changes changes;

    public CaseView addCase(String organisationCode, int year, NewCase request) {
        Organisation organisation = organisations.require(organisationCode);
        requireKeeperOf(organisation);
        RetentionPeriod retention =
                RetentionPeriod.of(retentionKind(request.retentionKind()), request.retentionYears());
        NomenclatureCase added = new NomenclatureCase(
                organisation,
                year,
                request.index(),
                request.title(),
                retention,
                request.retentionArticle(),
                request.expertReview());
        if (find(organisation, year, added.index()).isPresent()) {
            throw new ConflictException(RegistryReason.CASE_TAKEN, added.index(), organisationCode, year);
        }
        em.persist(added);
        em.flush();
        changes.record(Change.of("CREATE", CASE, organisationCode + "/" + year + "/" + added.index())
                .states(null, added.auditState()));
        return CaseView.of(added);
    }

    public List<CaseView> cases(String organisationCode, int year) {
        rights.caller();
        Organisation organisation = organisations.require(organisationCode);
        return em.createQuery(
                        "select c from NomenclatureCase c join fetch c.organisation where c.organisation = :organisation"
                                + " and c.year = :year order by c.index",
                        NomenclatureCase.class)
                .setParameter("organisation", organisation)
                .setParameter("year", year)
                .getResultStream()
                .map(CaseView::of)
                .toList();
    }

    public Optional<NomenclatureCase> find(Organisation organisation, int year, String index) {
        return em.createQuery(
                        "select c from NomenclatureCase c where c.organisation = :organisation and c.year = :year"
                                + " and c.index = :index",
                        NomenclatureCase.class)
                .setParameter("organisation", organisation)
                .setParameter("year", year)
                .setParameter("index", index.strip())
                .getResultStream()
                .findFirst();
    }

    private static RetentionPeriod.Kind retentionKind(String value) {
        return value == null || value.isBlank()
                ? null
                : InvalidInputException.oneOf(value, "retentionKind", RetentionPeriod.Kind.values());
    }

    /** The nomenclature is kept by the organisation's archivist and registry, and its administrators. */
    private void requireKeeperOf(Organisation organisation) {
        UserAccount caller = rights.caller();
        boolean keeper = caller.grants().stream()
                .anyMatch(g -> (g.organisation().id().equals(organisation.id())
                                && (g.role() == Role.ARCHIVIST || g.role() == Role.REGISTRY_CLERK))
                        || (g.role() == Role.SYSTEM_ADMIN && organisation.isWithin(g.organisation())));
        if (!keeper) {
            throw new AccessDeniedException(RegistryReason.ONLY_NOMENCLATURE_KEEPERS, organisation.code());
        }
    }
}
