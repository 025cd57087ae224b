package ru.gramota.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import ru.gramota.access.AdministrationRights;
import ru.gramota.org.ImportReport;
import ru.gramota.org.OrganisationImport;
import ru.gramota.org.OrganisationKind;
import ru.gramota.org.Organisations;

/** The organisation structure as administrators change it and everybody reads it. */
@Stateless
public class OrganisationAdministration {

    @EJB
    private AdministrationRights rights;

    @EJB
    private Organisations organisations;

    @EJB
    private OrganisationImport importer;

    public OrganisationView create(
            String code, String name, String shortName, OrganisationKind kind, String parentCode) {
        if (parentCode == null) {
            rights.requireInstallationAdministrator();
        } else {
            rights.requireAdministratorOf(organisations.require(parentCode));
        }
        return OrganisationView.of(organisations.create(code, name, shortName, kind, parentCode));
    }

    public OrganisationView rename(String code, String name, String shortName, Long expectedVersion) {
        rights.requireAdministratorOf(organisations.require(code));
        return OrganisationView.of(organisations.rename(code, name, shortName, expectedVersion));
    }

    public OrganisationView deactivate(String code) {
        rights.requireAdministratorOf(organisations.require(code));
        return OrganisationView.of(organisations.deactivate(code));
    }

    public DepartmentView addDepartment(String organisationCode, String parentCode, String code, String name) {
        rights.requireAdministratorOf(organisations.require(organisationCode));
        return DepartmentView.of(organisations.addDepartment(organisationCode, parentCode, code, name));
    }

    public DepartmentView renameDepartment(String organisationCode, String code, String name, Long expectedVersion) {
        rights.requireAdministratorOf(organisations.require(organisationCode));
        return DepartmentView.of(organisations.renameDepartment(organisationCode, code, name, expectedVersion));
    }

    public DepartmentView deactivateDepartment(String organisationCode, String code) {
        rights.requireAdministratorOf(organisations.require(organisationCode));
        return DepartmentView.of(organisations.deactivateDepartment(organisationCode, code));
    }

    public PositionView addPosition(String organisationCode, String departmentCode, String title) {
        rights.requireAdministratorOf(organisations.require(organisationCode));
        return PositionView.of(organisations.addPosition(organisationCode, departmentCode, title));
    }

    /**
     * Imports an organisation tree from CSV ({@link OrganisationImport}): all rows or none. The caller
     * must administer every stored organisation the file touches or hangs new ones under.
     */
    public ImportReport importTree(Reader csv) {
        rights.caller();
        OrganisationImport.Plan plan = importer.plan(csv);
        if (plan.createsTopLevel()) {
            rights.requireInstallationAdministrator();
        }
        rights.requireAdministratorOfAll(plan.anchors());
        return importer.apply(plan);
    }

    public OrganisationView read(String code) {
        rights.caller();
        return OrganisationView.of(organisations.require(code));
    }

    /** The organisations under {@code parentCode}, or the top-level ones when it is null. */
    public List<OrganisationView> list(String parentCode) {
        rights.caller();
        if (parentCode == null) {
            return organisations.roots().stream().map(OrganisationView::of).toList();
        }
        organisations.require(parentCode);
        return organisations.childrenOf(parentCode).stream()
                .map(OrganisationView::of)
                .toList();
    }

    /** The organisations whose code or names contain every word typed, by name, at most {@code limit}. */
    public List<OrganisationView> search(String typed, int limit) {
        rights.caller();
        return organisations.search(typed, limit).stream()
                .map(OrganisationView::of)
                .toList();
    }

    /**
     * One level of the organisation tree: the organisations under {@code parentCode} (the top-level
     * ones when it is null), each saying whether it has organisations under it, so a tree can offer
     * to open only those.
     */
    public List<OrganisationBranch> branches(String parentCode) {
        List<OrganisationView> level = list(parentCode);
        Set<String> withChildren = organisations.withChildren(
                level.stream().map(OrganisationView::code).toList());
        return level.stream()
                .map(o -> new OrganisationBranch(o, withChildren.contains(o.code())))
                .toList();
    }

    public List<DepartmentView> departments(String organisationCode) {
        rights.caller();
        return organisations.departments(organisationCode).stream()
                .map(DepartmentView::of)
                .toList();
    }

    public List<PositionView> positions(String organisationCode) {
        rights.caller();
        return organisations.positions(organisationCode).stream()
                .map(PositionView::of)
                .toList();
    }
}
