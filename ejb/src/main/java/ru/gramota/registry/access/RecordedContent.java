package ru.gramota.registry.access;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import ru.gramota.access.UserAccounts;
import ru.gramota.audit.AuditRecord;
import ru.gramota.registry.Correspondent;
import ru.gramota.registry.Document;
import ru.gramota.registry.Documents;

/**
 * Who may see what an audit record holds of its object: a document's requisites only someone who may
 * read the document ({@link DocumentAccessPolicy}), a citizen's personal data only someone who may
 * see the citizen ({@link AccessSubject#sees}). Everything else the trail records (organisations,
 * people, roles, sign-ins) is the directory, which every administrator reading the trail may see.
 * Views of the trail leave out the states of the records a reader may not see; the stored records,
 * and the hash chain over them, stay as they are.
 */
@Stateless
public class RecordedContent {

    /** The object type of the correspondents directory's records. */
    public static final String CORRESPONDENT = "CORRESPONDENT";

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private UserAccounts accounts;

    @EJB
    private DocumentAccess access;

    /**
     * Which of the records the person may see the states of: decided here for all of them, once per
     * object.
     */
    public Predicate<AuditRecord> visibleTo(String username, List<AuditRecord> records) {
        AccessSubject who = AccessSubject.of(accounts.require(username));
        Map<String, Boolean> decided = new HashMap<>();
        for (AuditRecord r : records) {
            decided.computeIfAbsent(key(r), key -> visible(who, r));
        }
        return r -> decided.getOrDefault(key(r), false);
    }

    private static String key(AuditRecord r) {
        return r.objectType() + "/" + r.objectId();
    }

    private boolean visible(AccessSubject who, AuditRecord r) {
        return switch (r.objectType()) {
            case Documents.DOCUMENT -> {
                Document document = id(r.objectId()) == null ? null : em.find(Document.class, id(r.objectId()));
                yield document != null && access.canRead(who, document).allowed();
            }
            case CORRESPONDENT -> {
                Correspondent correspondent =
                        id(r.objectId()) == null ? null : em.find(Correspondent.class, id(r.objectId()));
                yield correspondent != null && who.sees(correspondent);
            }
            default -> true;
        };
    }

    private static Long id(String objectId) {
        try {
            return Long.valueOf(objectId);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
