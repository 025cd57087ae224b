package ru.gramota.registry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import ru.gramota.access.UserAccount;
import ru.gramota.files.StoredFile;
import ru.gramota.org.Organisation;
import ru.gramota.org.Organisations;
import ru.gramota.platform.TypedWords;
import ru.gramota.registry.RegistryReason;

/**
 * What the registration form of the web UI needs beyond the REST operations: registering a card
 * together with the files uploaded while it was filled in, and finding the people a card may name.
 */
@Stateless
public class RegistrationForms {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private Registrations registrations;

    @EJB
    private AttachmentRecords records;

    @EJB
    private RegistryClerks clerks;

    @EJB
    private Organisations organisations;

    /**
     * Registers the card and attaches the files, all or nothing: a card is never registered without
     * the files the clerk saw in the form. The files are already in the blob store ({@link
     * Attachments#upload}), so the journal's counter is not held while bytes are written.
     */
    public RegistrationCard register(NewRegistration request, List<StoredFile> files) {
        RegistrationCard card = registrations.register(request);
        for (StoredFile file : files) {
            records.record(card.id(), file);
        }
        return card;
    }

    /**
     * The active employees of the organisation (working there or holding a role in it) whose name or
     * user name contains every word typed, alphabetically, at most {@code limit}: the people a card of
     * the organisation may name. Only its registry may look them up.
     */
    public List<RegistrationCard.Person> people(String organisationCode, String typed, int limit) {
        Organisation organisation = organisations.require(organisationCode);
        clerks.requireClerkOf(organisation, RegistryReason.ONLY_REGISTRY_LOOKS_UP_EMPLOYEES);
        TypedWords.requireLimit(limit);
        List<String> words = TypedWords.of(typed);
        // Compared as SearchText compares names: lower case, ё as е.
        String name = "cast(function('replace', lower(concat(u.fullName, ' ', u.username)), 'ё', 'е') as String)";
        TypedQuery<UserAccount> query = em.createQuery(
                        "select u from UserAccount u where u.active = true and (u.organisation = :organisation"
                                + " or exists (select g from RoleGrant g where g.user = u"
                                + " and g.organisation = :organisation))"
                                + TypedWords.containedIn(name, words) + " order by u.fullName, u.username",
                        UserAccount.class)
                .setParameter("organisation", organisation);
        TypedWords.bindContained(query, words);
        return query.setMaxResults(limit)
                .getResultStream()
                .map(u -> new RegistrationCard.Person(u.username(), u.fullName()))
                .toList();
    }
}
