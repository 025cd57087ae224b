package ru.gramota.admin;

import java.io.Serializable;
import ru.gramota.org.Organisation;

/** An organisation as the API shows it. */
public record OrganisationView(
        String code, String name, String shortName, String kind, String parentCode, boolean active, long version)
        implements Serializable {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(
                o.code(),
                o.name(),
                o.shortName(),
                o.kind().name(),
                o.parent() == null ? null : o.parent().code(),
                o.active(),
                o.version());
    }
}
