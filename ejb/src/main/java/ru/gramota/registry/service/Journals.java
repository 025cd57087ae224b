package ru.gramota.registry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import ru.gramota.access.AdministrationRights;
import ru.gramota.org.Organisation;
import ru.gramota.org.Organisations;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.RegistrationJournal;
import ru.gramota.registry.RegistryReason;

/** The registration journals of each organisation: administrators open them, clerks register in them. */
@Stateless
public class Journals {

    static final String JOURNAL = "JOURNAL";

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private AdministrationRights rights;

    @EJB
    private Organisations organisations;

    @Inject
    private Changes changes;

    public JournalView create(
            String organisationCode, String code, String name, DocumentKind kind, String numberPattern) {
        Organisation organisation = organisations.require(organisationCode);
        rights.requireAdministratorOf(organisation);
        if (find(organisationCode, code) != null) {
            throw new ConflictException(RegistryReason.JOURNAL_CODE_TAKEN, code, organisationCode);
        }
        RegistrationJournal journal = new RegistrationJournal(organisation, code, name, kind, numberPattern);
        em.persist(journal);
        changes.record(Change.of("CREATE", JOURNAL, organisationCode + "/" + code)
                .states(
                        null,
                        Map.of("name", journal.name(), "documentKind", kind.name(), "numberPattern", numberPattern)));
        return JournalView.of(journal);
    }

    public List<JournalView> of(String organisationCode) {
        rights.caller();
        organisations.require(organisationCode);
        return em.createQuery(
                        "select j from RegistrationJournal j where j.organisation.code = :organisation order by j.code",
                        RegistrationJournal.class)
                .setParameter("organisation", organisationCode)
                .getResultStream()
                .map(JournalView::of)
                .toList();
    }

    public RegistrationJournal require(String organisationCode, String code) {
        if (organisationCode == null || code == null) {
            throw new InvalidInputException("journalCode", RegistryReason.JOURNAL_REQUIRED);
        }
        RegistrationJournal journal = find(organisationCode, code);
        if (journal == null) {
            throw new UnknownEntityException(RegistryReason.UNKNOWN_JOURNAL, organisationCode + "/" + code);
        }
        return journal;
    }

    private RegistrationJournal find(String organisationCode, String code) {
        return em.createQuery(
                        "select j from RegistrationJournal j where j.organisation.code = :organisation and j.code = :code",
                        RegistrationJournal.class)
                .setParameter("organisation", organisationCode)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
