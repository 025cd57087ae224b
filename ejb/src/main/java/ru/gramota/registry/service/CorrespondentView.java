package ru.gramota.registry.service;

import java.io.Serializable;
import ru.gramota.registry.Correspondent;

/** A correspondents directory entry as the API shows it. */
public record CorrespondentView(
        long id, String kind, String name, String inn, String address, String email, String ownerOrganisationCode)
        implements Serializable {

    static CorrespondentView of(Correspondent c) {
        return new CorrespondentView(
                c.id(),
                c.kind().name(),
                c.name(),
                c.inn(),
                c.address(),
                c.email(),
                c.owner() == null ? null : c.owner().code());
    }
}
