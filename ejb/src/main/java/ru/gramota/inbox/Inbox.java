package ru.gramota.inbox;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.gramota.access.AdministrationRights;
import ru.gramota.access.UserAccount;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.UnknownEntityException;

/**
 * People's inboxes: notices posted once per (recipient, kind, subject, day), read by their
 * recipient only, counted while unread.
 */
@Stateless
public class Inbox {

    /** The largest page of the inbox. */
    public static final int MAX_LIMIT = 200;

    /** The most keys one query checks: a bound on the size of an {@code in} list. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private AdministrationRights rights;

    @Inject
    private Clock clock;

    /**
     * Posts the notices not posted before, in the caller's transaction; the ids of those posted now.
     * A notice another transaction posts at the same time fails this one on the unique key (then
     * nothing of it is posted, and the other's stand).
     */
    public List<Long> post(List<NewNotice> notices) {
        Set<NewNotice.Key> posted = new HashSet<>();
        for (int from = 0; from < notices.size(); from += CHUNK) {
            List<NewNotice> chunk = notices.subList(from, Math.min(notices.size(), from + CHUNK));
            em.createQuery(
                            "select n.recipient.id, n.kind, n.subjectType, n.subjectId, n.day from Notice n"
                                    + " where n.subjectId in :subjects and n.day in :days",
                            Object[].class)
                    .setParameter(
                            "subjects",
                            chunk.stream().map(NewNotice::subjectId).distinct().toList())
                    .setParameter(
                            "days",
                            chunk.stream().map(NewNotice::day).distinct().toList())
                    .getResultList()
                    .forEach(r -> posted.add(new NewNotice.Key(
                            (Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (java.time.LocalDate) r[4])));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Notice> created = new ArrayList<>();
        for (NewNotice n : notices) {
            if (posted.add(n.key())) {
                Notice notice = new Notice(em.getReference(UserAccount.class, n.recipientId()), n, now);
                em.persist(notice);
                created.add(notice);
            }
        }
        em.flush();
        return created.stream().map(Notice::id).toList();
    }

    /** A page of the caller's notices, newest first; only the unread ones when asked. */
    public List<NoticeView> mine(boolean unreadOnly, int offset, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", CommonReason.OUT_OF_RANGE, 1, MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", CommonReason.OUT_OF_RANGE, 0, Integer.MAX_VALUE);
        }
        return em
                .createQuery(
                        "select n from Notice n where n.recipient = :me"
                                + (unreadOnly ? " and n.readAt is null" : "")
                                + " order by n.id desc",
                        Notice.class)
                .setParameter("me", rights.caller())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(Notice::view)
                .toList();
    }

    /** How many of the caller's notices are unread. */
    public long unread() {
        return em.createQuery("select count(n) from Notice n where n.recipient = :me and n.readAt is null", Long.class)
                .setParameter("me", rights.caller())
                .getSingleResult();
    }

    /** Marks one of the caller's notices read; another person's is as a missing one. */
    public NoticeView read(long id) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null || !notice.recipient().id().equals(rights.caller().id())) {
            throw new UnknownEntityException(InboxReason.UNKNOWN_NOTICE, id);
        }
        notice.read(clock.instant().truncatedTo(ChronoUnit.MICROS));
        return notice.view();
    }

    /** Marks all of the caller's notices read; how many were unread. */
    public int readAll() {
        return em.createQuery("update Notice n set n.readAt = :now where n.recipient = :me and n.readAt is null")
                .setParameter("now", clock.instant().truncatedTo(ChronoUnit.MICROS))
                .setParameter("me", rights.caller())
                .executeUpdate();
    }

    /**
     * Claims a notice for mailing, in a transaction of its own: the mail to send, once, or nothing when
     * it was mailed (or claimed by another node) already or its recipient has no address.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Mailer.Mail> claimForMail(long id) {
        int claimed = em.createQuery("update Notice n set n.mailedAt = :now where n.id = :id and n.mailedAt is null")
                .setParameter("now", clock.instant().truncatedTo(ChronoUnit.MICROS))
                .setParameter("id", id)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        Notice notice = em.find(Notice.class, id);
        String address = notice.recipient().email();
        return address == null
                ? Optional.empty()
                : Optional.of(new Mailer.Mail(address, notice.title(), notice.text(), notice.link()));
    }
}
