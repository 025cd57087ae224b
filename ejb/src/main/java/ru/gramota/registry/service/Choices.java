package ru.gramota.registry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import ru.gramota.access.AdministrationRights;
import ru.gramota.access.Role;
import ru.gramota.access.RoleGrant;
import ru.gramota.access.UserAccount;
import ru.gramota.org.Organisation;
import ru.gramota.platform.BusinessTime;
import ru.gramota.registry.NumberPattern;

/**
 * What the pages offer the signed-in user to choose from, named as a clerk names it: the
 * organisations they hold a role in (by name, not by code), their journals with an example number
 * instead of the pattern, and the user's own full name.
 */
@Stateless
public class Choices {

    @EJB
    private AdministrationRights rights;

    @EJB
    private Journals journals;

    @Inject
    private BusinessTime time;

    /** An organisation to choose: its code is the value, its short name (or name) the label. */
    public record OrganisationChoice(String code, String name) implements Serializable {}

    /** A journal to choose or to register in, with its organisation's name and an example number. */
    public record JournalChoice(
            String organisationCode,
            String organisationName,
            String code,
            String name,
            String documentKind,
            String exampleNumber)
            implements Serializable {}

    /** The signed-in user's full name, as the header greets them. */
    public String fullName() {
        UserAccount me = rights.caller();
        return me.fullName() == null || me.fullName().isBlank() ? me.username() : me.fullName();
    }

    /** The organisations the user holds any role in, by name. */
    public List<OrganisationChoice> organisations() {
        return organisationsWhere(grant -> true);
    }

    /** The journals of the organisations the user holds any role in, for the documents list's filter. */
    public List<JournalChoice> journals(String organisationCode) {
        return organisations().stream()
                .filter(o -> organisationCode == null || o.code().equals(organisationCode))
                .flatMap(o -> journalsOf(o).stream())
                .toList();
    }

    /** The journals of the organisations whose registry the user is: where they register. */
    public List<JournalChoice> registryJournals() {
        return organisationsWhere(grant -> grant.role() == Role.REGISTRY_CLERK).stream()
                .flatMap(o -> journalsOf(o).stream())
                .toList();
    }

    private List<OrganisationChoice> organisationsWhere(Predicate<RoleGrant> which) {
        return rights.caller().grants().stream()
                .filter(which)
                .map(RoleGrant::organisation)
                .distinct()
                .map(Choices::choice)
                .sorted(Comparator.comparing(OrganisationChoice::name))
                .toList();
    }

    private List<JournalChoice> journalsOf(OrganisationChoice organisation) {
        int year = time.year();
        return journals.of(organisation.code()).stream()
                .map(j -> new JournalChoice(
                        organisation.code(),
                        organisation.name(),
                        j.code(),
                        j.name(),
                        j.documentKind(),
                        NumberPattern.example(j.numberPattern(), year)))
                .toList();
    }

    private static OrganisationChoice choice(Organisation o) {
        return new OrganisationChoice(
                o.code(), o.shortName() == null || o.shortName().isBlank() ? o.name() : o.shortName());
    }
}
