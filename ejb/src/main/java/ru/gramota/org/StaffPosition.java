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
import ru.gramota.platform.InvalidInputException;

/** A position [должность] in an organisation, optionally within one of its departments. */
@Entity
@Table(name = "staff_position")
@NamedQuery(
        name = StaffPosition.OF_ORGANISATION,
        query = "select p from StaffPosition p where p.organisation.code = :organisation order by p.title")
public class StaffPosition {

    public static final int TITLE_LENGTH = 300;

    public static final String OF_ORGANISATION = "StaffPosition.ofOrganisation";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_position_seq")
    @SequenceGenerator(name = "staff_position_seq", sequenceName = "staff_position_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StaffPosition() {}

    public StaffPosition(Organisation organisation, Department department, String title) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        if (department != null && !department.organisation().id().equals(organisation.id())) {
            throw new InvalidInputException("departmentCode", OrganisationReason.DEPARTMENT_OF_ANOTHER_ORGANISATION);
        }
        this.department = department;
        this.title = InvalidInputException.requireText(title, "title", TITLE_LENGTH);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisation", organisation.code());
        state.put("department", department == null ? null : department.code());
        state.put("title", title);
        state.put("active", active);
        return state;
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Department department() {
        return department;
    }

    public String title() {
        return title;
    }

    public boolean active() {
        return active;
    }
}
