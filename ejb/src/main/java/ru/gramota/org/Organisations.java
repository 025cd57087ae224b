package ru.gramota.org;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The organisations of the region: create, find. Administration screens and imports call this. */
@Stateless
public class Organisations {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    public Organisation create(String code, String name, OrganisationKind kind, String parentCode) {
        Organisation parent = parentCode == null
                ? null
                : byCode(parentCode)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown parent organisation: " + parentCode));
        Organisation organisation = new Organisation(code, name, kind, parent);
        em.persist(organisation);
        return organisation;
    }

    public Department addDepartment(String organisationCode, String code, String name) {
        Organisation organisation = byCode(organisationCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown organisation: " + organisationCode));
        Department department = new Department(organisation, code, name);
        em.persist(department);
        return department;
    }

    public Optional<Organisation> byCode(String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The organisations directly under the given one, by name. */
    public List<Organisation> childrenOf(String parentCode) {
        return em.createNamedQuery(Organisation.CHILDREN, Organisation.class)
                .setParameter("parentCode", parentCode)
                .getResultList();
    }

    public Optional<Organisation> byId(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }
}
