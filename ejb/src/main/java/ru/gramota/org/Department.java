package ru.gramota.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import ru.gramota.platform.Codes;
import ru.gramota.platform.InvalidInputException;

/**
 * A department [структурное подразделение] of one organisation, possibly inside another department;
 * its code is unique within the organisation.
 */
@Entity
@Table(name = "department")
@NamedQuery(
        name = Department.OF_ORGANISATION,
        query = "select d from Department d where d.organisation.code = :organisation order by d.code")
@NamedQuery(
        name = Department.BY_CODE,
        query = "select d from Department d where d.organisation.code = :organisation and d.code = :code")
public class Department {

    public static final int NAME_LENGTH = 500;

    public static final String OF_ORGANISATION = "Department.ofOrganisation";
    public static final String BY_CODE = "Department.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Department parent;

    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Department() {}

    public Department(Organisation organisation, Department parent, String code, String name) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        if (parent != null && !parent.organisation().id().equals(organisation.id())) {
            throw new InvalidInputException("parentCode", OrganisationReason.DEPARTMENT_OF_ANOTHER_ORGANISATION);
        }
        this.parent = parent;
        this.code = Codes.require(code, "code");
        rename(name);
    }

    public void rename(String name) {
        this.name = InvalidInputException.requireText(name, "name", NAME_LENGTH);
    }

    public void deactivate() {
        this.active = false;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisation", organisation.code());
        state.put("code", code);
        state.put("name", name);
        state.put("parent", parent == null ? null : parent.code());
        state.put("active", active);
        return state;
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Department parent() {
        return parent;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
