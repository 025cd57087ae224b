package ru.gramota.registry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import ru.gramota.access.AdministrationRights;
import ru.gramota.access.UserAccount;
import ru.gramota.org.Organisation;
import ru.gramota.org.Organisations;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.TypedWords;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.Correspondent;
import ru.gramota.registry.CorrespondentKind;
import ru.gramota.registry.RegistryReason;
import ru.gramota.registry.access.AccessSubject;
import ru.gramota.registry.access.RecordedContent;

/**
 * The correspondents directory: registry clerks add organisations (shared by the installation) and
 * citizens (kept by the clerk's organisation), and find them as they type. A citizen's personal data
 * is seen only in the organisation that keeps it, by the people who work with its documents; to
 * anyone else the entry does not exist, in search and by id.
 *
 * <p>Search-as-you-type matches every word typed against the start of some word of the name
 * ("адм ново" finds "Администрация Новосибирского района"). It is a scan of the lower-cased names
 * bounded by the page size; a region's directory (tens of thousands of entries) answers in a few
 * milliseconds, so no text index is kept for it.
 */
@Stateless
public class Correspondents {

    static final String CORRESPONDENT = RecordedContent.CORRESPONDENT;

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private AdministrationRights rights;

    @EJB
    private Organisations organisations;

    @Inject
    private Changes changes;

    @EJB
    private RegistryClerks clerks;

    /**
     * Adds an entry. A citizen is kept by {@code organisationCode}, whose registry the caller must be;
     * an organisation may be added by any registry clerk.
     */
    public CorrespondentView create(
            String kindName, String name, String inn, String address, String email, String organisationCode) {
        CorrespondentKind kind = InvalidInputException.oneOf(kindName, "kind", CorrespondentKind.values());
        Organisation owner = null;
        if (kind == CorrespondentKind.CITIZEN) {
            if (organisationCode == null) {
                throw new InvalidInputException("organisationCode", RegistryReason.CITIZEN_KEEPER_REQUIRED);
            }
            owner = organisations.require(organisationCode);
            clerks.requireClerkOf(owner, RegistryReason.ONLY_REGISTRY_KEEPS_CITIZENS);
        } else {
            clerks.requireAnyClerk(RegistryReason.ONLY_CLERKS_ADD_CORRESPONDENTS);
            if (organisationCode != null) {
                throw new InvalidInputException("organisationCode", RegistryReason.KEEPER_ONLY_FOR_CITIZENS);
            }
        }
        Correspondent correspondent = new Correspondent(kind, name, inn, address, email, owner);
        em.persist(correspondent);
        em.flush();
        changes.record(Change.of("CREATE", CORRESPONDENT, correspondent.id().toString())
                .states(null, correspondent.auditState()));
        return CorrespondentView.of(correspondent);
    }

    /**
     * The entries whose names match what was typed, that the caller's organisations may use: shared
     * organisations and the citizens of the caller's own organisations. Alphabetical, at most
     * {@code limit}.
     */
    public List<CorrespondentView> search(String typed, String kindName, int limit) {
        UserAccount caller = rights.caller();
        TypedWords.requireLimit(limit);
        List<String> words = TypedWords.of(typed);
        StringBuilder jpql = new StringBuilder("select c from Correspondent c left join fetch c.owner"
                + " where c.active = true and (c.owner is null or c.owner.id in :keepers)");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and (c.searchKey like :start")
                    .append(i)
                    .append(" escape '!' or c.searchKey like :inside")
                    .append(i)
                    .append(" escape '!')");
        }
        CorrespondentKind kind =
                kindName == null ? null : InvalidInputException.oneOf(kindName, "kind", CorrespondentKind.values());
        if (kind != null) {
            jpql.append(" and c.kind = :kind");
        }
        jpql.append(" order by c.searchKey, c.id");
        TypedQuery<Correspondent> query = em.createQuery(jpql.toString(), Correspondent.class);
        Set<Long> keepers = keepers(caller);
        query.setParameter("keepers", keepers.isEmpty() ? Set.of(-1L) : keepers);
        for (int i = 0; i < words.size(); i++) {
            String word = TypedWords.escapeLike(words.get(i));
            query.setParameter("start" + i, word + "%");
            query.setParameter("inside" + i, "% " + word + "%");
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.setMaxResults(limit)
                .getResultStream()
                .map(CorrespondentView::of)
                .toList();
    }

    /**
     * An entry the caller may see. A citizen of another organisation is refused exactly as an entry
     * that does not exist, so that ids tell nothing of other organisations' citizens.
     */
    public CorrespondentView read(long id) {
        Correspondent correspondent = em.find(Correspondent.class, id);
        if (correspondent == null || !AccessSubject.of(rights.caller()).sees(correspondent)) {
            throw new UnknownEntityException(RegistryReason.UNKNOWN_CORRESPONDENT, id);
        }
        return CorrespondentView.of(correspondent);
    }

    /** The organisations whose citizens the person may see, as in {@link AccessSubject#sees}. */
    private static Set<Long> keepers(UserAccount person) {
        return AccessSubject.of(person).documentOrganisations();
    }
}
