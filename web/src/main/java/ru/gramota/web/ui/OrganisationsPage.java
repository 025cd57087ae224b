package ru.gramota.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import ru.gramota.admin.DepartmentView;
import ru.gramota.admin.OrganisationAdministration;
import ru.gramota.admin.OrganisationBranch;
import ru.gramota.admin.OrganisationView;
import ru.gramota.org.OrganisationKind;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Localized;
import ru.gramota.platform.UnknownEntityException;

/**
 * The organisation tree for administrators: levels open as they are expanded (a region has hundreds
 * of municipalities and thousands of settlements), and the chosen organisation's requisites,
 * departments and the organisations to add under it.
 */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> RENAME_INPUTS = Map.of("name", "name", "shortName", "shortName");
    private static final Map<String, String> CHILD_INPUTS =
            Map.of("code", "childCode", "name", "childName", "shortName", "childShortName", "kind", "childKind");
    private static final Map<String, String> DEPARTMENT_INPUTS =
            Map.of("code", "departmentCode", "name", "departmentName", "parentCode", "departmentParent");

    private static final int SUGGESTIONS = 15;

    @EJB
    private OrganisationAdministration administration;

    private String organisation;
    private String found;
    private TreeNode<OrganisationBranch> root;
    private TreeNode<OrganisationBranch> selectedNode;
    private OrganisationView selected;
    private List<DepartmentView> departments = List.of();

    private String name;
    private String shortName;

    private String childCode;
    private String childName;
    private String childShortName;
    private OrganisationKind childKind;

    private String departmentCode;
    private String departmentName;
    private String departmentParent;

    @PostConstruct
    void init() {
        root = node(null);
        root.setExpanded(true);
    }

    private LazyDefaultTreeNode<OrganisationBranch> node(OrganisationBranch branch) {
        return new LazyDefaultTreeNode<>(branch, this::branchesUnder, b -> b != null && !b.hasChildren());
    }

    private List<OrganisationBranch> branchesUnder(OrganisationBranch branch) {
        return administration.branches(
                branch == null ? null : branch.organisation().code());
    }

    /** Opens the page on the organisation named by {@code ?organisation=…}, if any. */
    public void open() {
        if (organisation != null && !organisation.isBlank()) {
            show(organisation);
        }
    }

    /** The organisations matching what the administrator types into the search field. */
    public List<OrganisationView> find(String typed) {
        return administration.search(typed, SUGGESTIONS);
    }

    /** The administrator chose an organisation among the search's suggestions. */
    public void onFound(SelectEvent<String> event) {
        if (selectedNode != null) {
            selectedNode.setSelected(false);
            selectedNode = null;
        }
        found = null;
        show(event.getObject());
    }

    /** The administrator chose an organisation in the tree. */
    public void onSelect(NodeSelectEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<OrganisationBranch> node = (TreeNode<OrganisationBranch>) event.getTreeNode();
        show(node.getData().organisation().code());
    }

    private void show(String code) {
        try {
            selected = administration.read(code);
            departments = administration.departments(code);
            name = selected.name();
            shortName = selected.shortName();
        } catch (UnknownEntityException e) {
            selected = null;
            departments = List.of();
            FacesErrors.global("Организация не найдена", e.message(Localized.RUSSIAN));
        }
    }

    /** Saves the new full and short names of the chosen organisation. */
    public void rename() {
        try {
            selected = administration.rename(selected.code(), name, shortName, selected.version());
            refreshSelectedNode();
            FacesErrors.done("Сохранено", "Название организации " + selected.code() + " изменено.");
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "organisation", RENAME_INPUTS);
        } catch (ConflictException | AccessDeniedException e) {
            FacesErrors.refused(e);
        }
    }

    /** Deactivates the chosen organisation: it stays in the tree and in its documents, marked inactive. */
    public void deactivate() {
        try {
            selected = administration.deactivate(selected.code());
            refreshSelectedNode();
            FacesErrors.done("Организация закрыта", selected.name() + " больше не действует.");
        } catch (ConflictException | AccessDeniedException e) {
            FacesErrors.refused(e);
        }
    }

    /** Adds an organisation under the chosen one. */
    public void addChild() {
        try {
            OrganisationView child =
                    administration.create(childCode, childName, childShortName, childKind, selected.code());
            if (selectedNode != null) {
                replaceData(selectedNode, new OrganisationBranch(selected, true));
                if (selectedNode instanceof LazyDefaultTreeNode<OrganisationBranch> lazy && lazy.isLoaded()) {
                    selectedNode.getChildren().add(node(new OrganisationBranch(child, false)));
                }
                selectedNode.setExpanded(true);
            }
            childCode = null;
            childName = null;
            childShortName = null;
            childKind = null;
            FacesErrors.done(
                    "Организация добавлена",
                    child.name() + " (" + child.code() + ") добавлена в " + selected.name() + ".");
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "child", CHILD_INPUTS);
        } catch (ConflictException e) {
            FacesErrors.under("child", "childCode", e.message(Localized.RUSSIAN));
        } catch (AccessDeniedException e) {
            FacesErrors.refused(e);
        }
    }

    /** Adds a department to the chosen organisation. */
    public void addDepartment() {
        try {
            DepartmentView added = administration.addDepartment(
                    selected.code(), blankToNull(departmentParent), departmentCode, departmentName);
            departments = administration.departments(selected.code());
            departmentCode = null;
            departmentName = null;
            departmentParent = null;
            FacesErrors.done("Подразделение добавлено", added.name() + " (" + added.code() + ").");
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "department", DEPARTMENT_INPUTS);
        } catch (ConflictException e) {
            FacesErrors.under("department", "departmentCode", e.message(Localized.RUSSIAN));
        } catch (AccessDeniedException | UnknownEntityException e) {
            FacesErrors.refused(e);
        }
    }

    /** Closes a department of the chosen organisation. */
    public void deactivateDepartment(DepartmentView department) {
        try {
            administration.deactivateDepartment(selected.code(), department.code());
            departments = administration.departments(selected.code());
            FacesErrors.done("Подразделение закрыто", department.name() + " больше не действует.");
        } catch (ConflictException | AccessDeniedException | UnknownEntityException e) {
            FacesErrors.refused(e);
        }
    }

    private void refreshSelectedNode() {
        if (selectedNode != null && selectedNode.getData() != null) {
            replaceData(
                    selectedNode,
                    new OrganisationBranch(selected, selectedNode.getData().hasChildren()));
        }
    }

    /** A node's organisation as it is now (renamed, closed, with organisations under it). */
    private static void replaceData(TreeNode<OrganisationBranch> node, OrganisationBranch branch) {
        if (node instanceof DefaultTreeNode<OrganisationBranch> changeable) {
            changeable.setData(branch);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The Russian name of a kind of organisation, as the API names it. */
    public String kindName(String kind) {
        return OrganisationKind.valueOf(kind).russianName();
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getFound() {
        return found;
    }

    public void setFound(String found) {
        this.found = found;
    }

    public TreeNode<OrganisationBranch> getRoot() {
        return root;
    }

    public TreeNode<OrganisationBranch> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<OrganisationBranch> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public OrganisationView getSelected() {
        return selected;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getChildCode() {
        return childCode;
    }

    public void setChildCode(String childCode) {
        this.childCode = childCode;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public String getChildShortName() {
        return childShortName;
    }

    public void setChildShortName(String childShortName) {
        this.childShortName = childShortName;
    }

    public OrganisationKind getChildKind() {
        return childKind;
    }

    public void setChildKind(OrganisationKind childKind) {
        this.childKind = childKind;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public void setDepartmentName(String departmentName) {
        this.departmentName = departmentName;
    }

    public String getDepartmentParent() {
        return departmentParent;
    }

    public void setDepartmentParent(String departmentParent) {
        this.departmentParent = departmentParent;
    }
}
