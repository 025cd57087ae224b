package ru.gramota.registry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.gramota.access.AdministrationRights;
import ru.gramota.registry.Document;
import ru.gramota.registry.NomenclatureCase;

/**
 * What the card page shows beside the card itself: the names behind its codes and user names (the
 * organisation, journal and department; whoever registered, corrected or attached), the case's
 * retention, the history, and whether the caller is the registry of the card's organisation and so
 * may correct, cancel, link and attach. The access policy decides as for the card itself.
 */
@Stateless
public class CardDetails {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private Registrations registrations;

    @EJB
    private Desk desk;

    @EJB
    private AdministrationRights rights;

    /**
     * The card page of a document.
     *
     * @param names the full name of each user name the card and its history mention
     * @param changeable whether the caller may correct, cancel, link and attach
     */
    public record Details(
            RegistrationCard card,
            String organisationName,
            JournalView journal,
            String departmentName,
            String caseRetention,
            List<Desk.HistoryEntry> history,
            Map<String, String> names,
            boolean changeable) {

        /** The person's full name, or the user name when no account has it (an imported actor). */
        public String name(String username) {
            return username == null ? "" : names.getOrDefault(username, username);
        }
    }

    /** The card page of a document the caller may read; a ДСП read is audited, as for the card. */
    public Details of(long documentId) {
        RegistrationCard card = registrations.read(documentId);
        Document document = registrations.require(documentId);
        List<Desk.HistoryEntry> history = desk.history(documentId);
        Set<String> usernames = Stream.concat(
                        Stream.of(card.registeredBy(), card.editedBy()),
                        Stream.concat(
                                history.stream().map(Desk.HistoryEntry::actor),
                                card.files().stream().map(RegistrationCard.FileView::uploadedBy)))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        NomenclatureCase nomenclatureCase = document.filing().nomenclatureCase();
        return new Details(
                card,
                document.organisation().name(),
                JournalView.of(document.journal()),
                document.department() == null ? null : document.department().name(),
                nomenclatureCase == null ? null : retention(nomenclatureCase),
                history,
                names(usernames),
                RegistryClerks.isClerkOf(rights.caller(), document.organisation()));
    }

    private static String retention(NomenclatureCase c) {
        String period = c.retention().toString();
        return c.retentionArticle() == null ? period : period + ", " + c.retentionArticle();
    }

    private Map<String, String> names(Set<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            em.createQuery(
                            "select u.username, u.fullName from UserAccount u where u.username in :usernames",
                            Object[].class)
                    .setParameter("usernames", usernames)
                    .getResultStream()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return Map.copyOf(names);
    }
}
