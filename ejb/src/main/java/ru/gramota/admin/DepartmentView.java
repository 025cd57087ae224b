package ru.gramota.admin;

import java.io.Serializable;
import ru.gramota.org.Department;

/** A department as the API shows it. */
public record DepartmentView(
        String organisationCode, String code, String name, String parentCode, boolean active, long version)
        implements Serializable {

    static DepartmentView of(Department d) {
        return new DepartmentView(
                d.organisation().code(),
                d.code(),
                d.name(),
                d.parent() == null ? null : d.parent().code(),
                d.active(),
                d.version());
    }
}
