package ru.gramota.registry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.gramota.access.UserAccount;
import ru.gramota.access.UserAccounts;
import ru.gramota.org.Department;
import ru.gramota.org.Organisation;
import ru.gramota.org.Organisations;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.registry.Correspondent;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.NomenclatureCase;
import ru.gramota.registry.RegistryReason;
import ru.gramota.registry.Requisites;

/**
 * Turns what a clerk entered into requisites: looks up the department, correspondents, people and
 * case, and checks the rules of the document's kind. Every problem is reported at once, each under
 * its field, so a form can show them all next to their inputs.
 */
@Stateless
public class RequisitesLookup {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private Organisations organisations;

    @EJB
    private UserAccounts accounts;

    @EJB
    private Nomenclature nomenclature;

    /**
     * The requisites of a card of the organisation, of the kind, registered in {@code year}.
     *
     * @throws InvalidInputException listing every field that is wrong
     */
    public Requisites resolve(
            CardInput input,
            Organisation organisation,
            DocumentKind kind,
            int year,
            LocalDate documentDate,
            LocalDate today) {
        if (input == null) {
            throw new InvalidInputException("title", CommonReason.REQUIRED);
        }
        List<FieldError> errors = new ArrayList<>();
        Department department = department(input.departmentCode(), organisation, errors);
        Correspondent correspondent = input.correspondentId() == null
                ? null
                : correspondent(input.correspondentId(), organisation, "correspondentId", errors);
        List<Correspondent> addresseeCorrespondents = new ArrayList<>();
        for (Long id : input.addresseeCorrespondentIds()) {
            Correspondent addressee =
                    id == null ? null : correspondent(id, organisation, "addresseeCorrespondentIds", errors);
            if (addressee != null && !addresseeCorrespondents.contains(addressee)) {
                addresseeCorrespondents.add(addressee);
            }
        }
        Long signatory = person(input.signatory(), organisation, "signatory", errors);
        Long executor = person(input.executor(), organisation, "executor", errors);
        List<Long> addressees = new ArrayList<>();
        for (String username : input.addressees()) {
            Long id = person(username, organisation, "addressees", errors);
            if (id != null && !addressees.contains(id)) {
                addressees.add(id);
            }
        }
        NomenclatureCase nomenclatureCase = nomenclatureCase(input.caseIndex(), organisation, year, errors);
        Requisites requisites = new Requisites(
                input.title(),
                input.documentType(),
                input.text(),
                input.values(),
                department,
                correspondent,
                input.correspondentNumber(),
                input.correspondentDate(),
                input.signatoryName(),
                signatory,
                addressees,
                addresseeCorrespondents,
                executor,
                input.onControl(),
                input.controlDeadline(),
                nomenclatureCase,
                input.restricted());
        errors.addAll(requisites.violations(kind, documentDate, today));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return requisites;
    }

    private Department department(String code, Organisation organisation, List<FieldError> errors) {
        if (!present(code)) {
            return null;
        }
        Department department =
                organisations.department(organisation.code(), code.strip()).orElse(null);
        if (department == null) {
            errors.add(new FieldError("departmentCode", RegistryReason.NO_SUCH_DEPARTMENT, code, organisation.code()));
        }
        return department;
    }

    private NomenclatureCase nomenclatureCase(
            String index, Organisation organisation, int year, List<FieldError> errors) {
        if (!present(index)) {
            return null;
        }
        NomenclatureCase found = nomenclature.find(organisation, year, index).orElse(null);
        if (found == null) {
            errors.add(
                    new FieldError("caseIndex", RegistryReason.NO_SUCH_CASE, index.strip(), organisation.code(), year));
        }
        return found;
    }

    private Correspondent correspondent(long id, Organisation organisation, String field, List<FieldError> errors) {
        Correspondent found = em.find(Correspondent.class, id);
        if (found == null || !found.active() || !found.usableBy(organisation)) {
            errors.add(new FieldError(field, RegistryReason.NO_SUCH_CORRESPONDENT, id));
            return null;
        }
        return found;
    }

    /**
     * An active employee of the card's organisation: it is their home organisation or they hold a role
     * in it. Naming someone on a card lets them read it, so a card cannot name outsiders; documents
     * reach other organisations by dispatch.
     */
    private Long person(String username, Organisation organisation, String field, List<FieldError> errors) {
        if (!present(username)) {
            return null;
        }
        Optional<UserAccount> account = accounts.byUsername(username.strip());
        if (account.isEmpty() || !account.get().active()) {
            errors.add(new FieldError(field, RegistryReason.NO_SUCH_EMPLOYEE, username.strip()));
            return null;
        }
        boolean works = account.get().organisation().id().equals(organisation.id())
                || account.get().grants().stream()
                        .anyMatch(g -> g.organisation().id().equals(organisation.id()));
        if (!works) {
            errors.add(new FieldError(field, RegistryReason.NOT_AN_EMPLOYEE, username.strip(), organisation.code()));

            return null;
        }
        return account.get().id();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
