package ru.gramota.registry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import ru.gramota.access.AdministrationRights;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccount;
import ru.gramota.audit.AuditQuery;
import ru.gramota.audit.AuditTrail;
import ru.gramota.platform.BusinessTime;
import ru.gramota.registry.DocumentStatus;
import ru.gramota.registry.ParticipantRole;
import ru.gramota.registry.access.DocumentAccess;

/**
 * What a signed-in user's desk shows: the counters of the home page, the journals they register in,
 * and the history of a card they may read.
 */
@Stateless
public class Desk {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private AdministrationRights rights;

    @EJB
    private Journals journals;

    @EJB
    private DocumentAccess access;

    @EJB
    private AuditTrail audit;

    @Inject
    private BusinessTime time;

    /** The home page's counters. */
    public record Counters(long onMyDesk, long addressedToMe, long registeredToday) {}

    /** A change of a card as its history shows it. */
    public record HistoryEntry(Instant at, String actor, String action, String before, String after) {}

    /** The region's time zone, in which the pages show times and read dates. */
    public ZoneId zone() {
        return time.zone();
    }

    public Counters counters() {
        UserAccount me = rights.caller();
        long executing = participating(me, ParticipantRole.EXECUTOR);
        long addressed = participating(me, ParticipantRole.ADDRESSEE);
        List<Long> registries = me.grants().stream()
                .filter(g -> g.role() == Role.REGISTRY_CLERK)
                .map(g -> g.organisation().id())
                .distinct()
                .toList();
        long today = 0;
        if (!registries.isEmpty()) {
            Instant midnight = time.startOfToday();
            today = em.createQuery(
                            "select count(d) from Document d where d.organisation.id in :registries"
                                    + " and d.registeredAt >= :midnight",
                            Long.class)
                    .setParameter("registries", registries)
                    .setParameter("midnight", midnight)
                    .getSingleResult();
        }
        return new Counters(executing, addressed, today);
    }

    /** The journals of the organisations whose registry the caller is. */
    public List<JournalView> myJournals() {
        return rights.caller().grants().stream()
                .filter(g -> g.role() == Role.REGISTRY_CLERK)
                .map(g -> g.organisation().code())
                .distinct()
                .sorted()
                .flatMap(code -> journals.of(code).stream())
                .toList();
    }

    /** Who changed the card and how, newest first, for a reader of the card. */
    public List<HistoryEntry> history(long documentId) {
        access.open(rights.caller().username(), documentId);
        return audit.search(new AuditQuery(null, "DOCUMENT", Long.toString(documentId), null, null, null, 200)).stream()
                .map(r -> new HistoryEntry(
                        r.occurredAt(),
                        r.actor(),
                        r.action(),
                        r.beforeState().orElse(null),
                        r.afterState().orElse(null)))
                .toList();
    }

    private long participating(UserAccount me, ParticipantRole role) {
        return em.createQuery(
                        "select count(p) from DocumentParticipant p where p.id.userId = :me and p.id.role = :role"
                                + " and p.document.status = :registered",
                        Long.class)
                .setParameter("me", me.id())
                .setParameter("role", role)
                .setParameter("registered", DocumentStatus.REGISTERED)
                .getSingleResult();
    }
}
