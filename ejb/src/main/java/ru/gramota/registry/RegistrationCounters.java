package ru.gramota.registry;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.gramota.platform.DatabaseProduct;

/**
 * Gives registration numbers: per journal and calendar year, 1, 2, 3… with no number given twice.
 * The database decides, so this holds across threads and cluster nodes alike.
 */
@Stateless
public class RegistrationCounters {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Takes the next number of the journal in the year, in the caller's transaction: the counter row
     * stays locked until that transaction ends, and rolls back with it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int next(long journalId, int year) {
        Integer number = increment(journalId, year);
        if (number == null) {
            createMeanwhileOrNow(journalId, year);
            number = increment(journalId, year);
        }
        return number;
    }

    /**
     * Adds one to the counter and reads it in one statement, which is also the one that locks the row:
     * one round trip to the database while other registrations into the journal wait, where reading
     * the row for update and writing it at the flush took two. Null when the row does not exist yet.
     */
    private Integer increment(long journalId, int year) {
        String update = "update {h-schema}registration_counter set last_number = last_number + 1"
                + " where journal_id = :journal and registration_year = :year";
        List<?> number = em.createNativeQuery(
                        DatabaseProduct.isPostgreSQL()
                                ? update + " returning last_number"
                                : "select last_number from final table (" + update + ")")
                .setParameter("journal", journalId)
                .setParameter("year", year)
                // Nothing pending is flushed first: the caller's new document is written once, after its
                // number is known.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return number.isEmpty() ? null : ((Number) number.get(0)).intValue();
    }

    /**
     * Takes a block of {@code count} consecutive numbers of the journal in the year, in the caller's
     * transaction, and returns the first: as {@link #next}, the counter row stays locked until that
     * transaction ends, so registrations made meanwhile get numbers after the block.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int reserve(long journalId, int year, int count) {
        return locked(journalId, year).reserve(count);
    }

    private RegistrationCounter locked(long journalId, int year) {
        RegistrationCounter.Key key = new RegistrationCounter.Key(journalId, year);
        RegistrationCounter counter = em.find(RegistrationCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            createMeanwhileOrNow(journalId, year);
            counter = em.find(RegistrationCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter;
    }

    /**
     * Makes sure the counter row of the journal and year exists. On PostgreSQL in the caller's
     * transaction, with an insert that yields to one made meanwhile; elsewhere in a transaction of its
     * own, whose failure when another registration made the row first is harmless but logged by the
     * container as an error with its stack trace (at every new year, in a busy journal).
     */
    private void createMeanwhileOrNow(long journalId, int year) {
        if (DatabaseProduct.isPostgreSQL()) {
            em.createNativeQuery("insert into {h-schema}registration_counter (journal_id, registration_year,"
                            + " last_number) values (:journal, :year, 0) on conflict do nothing")
                    .setParameter("journal", journalId)
                    .setParameter("year", year)
                    .executeUpdate();
            return;
        }
        try {
            context.getBusinessObject(RegistrationCounters.class).create(journalId, year);
        } catch (EJBException createdMeanwhile) {
            // Another registration created the row first; lock theirs.
        }
    }

    /**
     * Creates the counter row of a journal and year, in a transaction of its own (H2): when two
     * registrations do it at once, one insert wins and the other fails harmlessly, outside the
     * registrations themselves.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(long journalId, int year) {
        RegistrationCounter.Key key = new RegistrationCounter.Key(journalId, year);
        if (em.find(RegistrationCounter.class, key) == null) {
            em.persist(new RegistrationCounter(key));
            em.flush();
        }
    }
}
