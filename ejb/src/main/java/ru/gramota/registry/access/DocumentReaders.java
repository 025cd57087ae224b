package ru.gramota.registry.access;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import ru.gramota.access.UserAccount;
import ru.gramota.access.UserAccounts;
import ru.gramota.search.ReaderKeys;

/**
 * The document access policy as search applies it ({@link DocumentAccessPolicy#readerKeys}): the keys
 * of those who may read a document, which the index stores with it, and the keys the caller holds,
 * which every search filters by.
 */
@Stateless
@LocalBean
@Local(ReaderKeys.class)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DocumentReaders implements ReaderKeys {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private UserAccounts accounts;

    @Override
    public Set<String> of(String username) {
        UserAccount account = accounts.byUsername(username).orElse(null);
        return account == null || !account.active()
                ? Set.of()
                : DocumentAccessPolicy.readerKeys(AccessSubject.of(account));
    }

    /** The keys of those who may read a document, from what the policy needs to know of it. */
    public Set<String> keysOf(
            long organisationId,
            boolean restricted,
            Set<Long> participantUserIds,
            Set<Long> recipientOrganisationIds,
            Set<Long> grantedUserIds) {
        return DocumentAccessPolicy.readerKeys(new DocumentFacts(
                organisationId, restricted, participantUserIds, recipientOrganisationIds, grantedUserIds));
    }

    /** The people granted each of these documents explicitly, by document id. */
    public Map<Long, Set<Long>> grants(Collection<Long> documentIds) {
        Map<Long, Set<Long>> grants = new HashMap<>();
        if (documentIds.isEmpty()) {
            return grants;
        }
        em.createQuery(
                        "select g.id.documentId, g.id.userId from DocumentAccessGrant g where g.id.documentId in :ids",
                        Object[].class)
                .setParameter("ids", documentIds)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .forEach(row -> grants.computeIfAbsent((Long) row[0], id -> new HashSet<>())
                        .add((Long) row[1]));
        return grants;
    }
}
