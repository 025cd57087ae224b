package ru.gramota.org;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Reason;
import ru.gramota.platform.TypedWords;
import ru.gramota.platform.UnknownEntityException;

/**
 * The organisation structure of the region: organisations, departments, positions. Every change is
 * recorded in the audit trail in the same transaction. Who may make a change is decided by the
 * administration layer ({@code ru.gramota.admin}) before it calls here.
 */
@Stateless
public class Organisations {

    static final String ORGANISATION = "ORGANISATION";
    static final String DEPARTMENT = "DEPARTMENT";
    static final String POSITION = "POSITION";

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    private Changes changes;

    public Organisation create(String code, String name, String shortName, OrganisationKind kind, String parentCode) {
        Organisation parent = parentCode == null ? null : require(parentCode);
        if (byCode(code).isPresent()) {
            throw new ConflictException(OrganisationReason.ORGANISATION_CODE_TAKEN, code);
        }
        Organisation organisation = new Organisation(code, name, shortName, kind, parent);
        em.persist(organisation);
        changes.record(Change.of("CREATE", ORGANISATION, code).states(null, organisation.auditState()));
        return organisation;
    }

    public Organisation create(String code, String name, OrganisationKind kind, String parentCode) {
        return create(code, name, null, kind, parentCode);
    }

    /**
     * Renames an organisation. {@code expectedVersion} must be the version the editor saw, so that a
     * concurrent edit is refused instead of silently overwritten.
     */
    public Organisation rename(String code, String name, String shortName, Long expectedVersion) {
        Organisation organisation = require(code);
        requireVersion(expectedVersion, organisation.version(), OrganisationReason.ORGANISATION_CHANGED, code);
        Map<String, Object> before = organisation.auditState();
        organisation.rename(name, shortName);
        changes.record(Change.of("UPDATE", ORGANISATION, code).states(before, organisation.auditState()));
        return organisation;
    }

    public Organisation deactivate(String code) {
        Organisation organisation = require(code);
        if (organisation.active()) {
            Map<String, Object> before = organisation.auditState();
            organisation.deactivate();
            changes.record(Change.of("DEACTIVATE", ORGANISATION, code).states(before, organisation.auditState()));
        }
        return organisation;
    }

    public Department addDepartment(String organisationCode, String parentCode, String code, String name) {
        Organisation organisation = require(organisationCode);
        if (department(organisationCode, code).isPresent()) {
            throw new ConflictException(OrganisationReason.DEPARTMENT_CODE_TAKEN, code, organisationCode);
        }
        Department parent = parentCode == null ? null : requireDepartment(organisationCode, parentCode);
        Department department = new Department(organisation, parent, code, name);
        em.persist(department);
        changes.record(
                Change.of("CREATE", DEPARTMENT, organisationCode + "/" + code).states(null, department.auditState()));
        return department;
    }

    public Department addDepartment(String organisationCode, String code, String name) {
        return addDepartment(organisationCode, null, code, name);
    }

    public Department renameDepartment(String organisationCode, String code, String name, Long expectedVersion) {
        Department department = requireDepartment(organisationCode, code);
        requireVersion(expectedVersion, department.version(), OrganisationReason.DEPARTMENT_CHANGED, code);
        Map<String, Object> before = department.auditState();
        department.rename(name);
        changes.record(
                Change.of("UPDATE", DEPARTMENT, organisationCode + "/" + code).states(before, department.auditState()));
        return department;
    }

    public Department deactivateDepartment(String organisationCode, String code) {
        Department department = requireDepartment(organisationCode, code);
        if (department.active()) {
            Map<String, Object> before = department.auditState();
            department.deactivate();
            changes.record(Change.of("DEACTIVATE", DEPARTMENT, organisationCode + "/" + code)
                    .states(before, department.auditState()));
        }
        return department;
    }

    public StaffPosition addPosition(String organisationCode, String departmentCode, String title) {
        Organisation organisation = require(organisationCode);
        Department department = departmentCode == null ? null : requireDepartment(organisationCode, departmentCode);
        StaffPosition position = new StaffPosition(organisation, department, title);
        em.persist(position);
        em.flush();
        changes.record(Change.of("CREATE", POSITION, position.id().toString()).states(null, position.auditState()));
        return position;
    }

    public Optional<Organisation> byCode(String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Organisation require(String code) {
        return byCode(code)
                .orElseThrow(() -> new UnknownEntityException(OrganisationReason.UNKNOWN_ORGANISATION, code));
    }

    /** The organisations directly under the given one, by name. */
    public List<Organisation> childrenOf(String parentCode) {
        return em.createNamedQuery(Organisation.CHILDREN, Organisation.class)
                .setParameter("parentCode", parentCode)
                .getResultList();
    }

    /**
     * The organisations whose code or names contain every word typed (at the start of a word or
     * inside one), by name, at most {@code limit}.
     */
    public List<Organisation> search(String typed, int limit) {
        TypedWords.requireLimit(limit);
        List<String> words = TypedWords.of(typed);
        TypedQuery<Organisation> query = em.createQuery(
                "select o from Organisation o where o.searchKey is not null"
                        + TypedWords.containedIn("o.searchKey", words) + " order by o.name, o.code",
                Organisation.class);
        TypedWords.bindContained(query, words);
        return query.setMaxResults(limit).getResultList();
    }

    /** Which of the given organisations have organisations under them: one query for a level of the tree. */
    public Set<String> withChildren(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery(
                        "select distinct o.parent.code from Organisation o where o.parent.code in :codes", String.class)
                .setParameter("codes", codes)
                .getResultList());
    }

    /** The organisations at the top of the tree. */
    public List<Organisation> roots() {
        return em.createNamedQuery(Organisation.ROOTS, Organisation.class).getResultList();
    }

    public List<Department> departments(String organisationCode) {
        require(organisationCode);
        return em.createNamedQuery(Department.OF_ORGANISATION, Department.class)
                .setParameter("organisation", organisationCode)
                .getResultList();
    }

    public Optional<Department> department(String organisationCode, String code) {
        return em.createNamedQuery(Department.BY_CODE, Department.class)
                .setParameter("organisation", organisationCode)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public List<StaffPosition> positions(String organisationCode) {
        require(organisationCode);
        return em.createNamedQuery(StaffPosition.OF_ORGANISATION, StaffPosition.class)
                .setParameter("organisation", organisationCode)
                .getResultList();
    }

    public StaffPosition position(long id) {
        StaffPosition position = em.find(StaffPosition.class, id);
        if (position == null) {
            throw new UnknownEntityException(OrganisationReason.UNKNOWN_POSITION, id);
        }
        return position;
    }

    private Department requireDepartment(String organisationCode, String code) {
        require(organisationCode);
        return department(organisationCode, code)
                .orElseThrow(() -> new UnknownEntityException(
                        OrganisationReason.UNKNOWN_DEPARTMENT, organisationCode + "/" + code));
    }

    private static void requireVersion(Long expected, long actual, Reason changed, String code) {
        if (expected == null) {
            throw new InvalidInputException("version", CommonReason.VERSION_REQUIRED);
        }
        if (expected != actual) {
            throw new ConflictException(changed, code, actual, expected);
        }
    }
}
