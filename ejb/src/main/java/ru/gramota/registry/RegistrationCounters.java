package ru.gramota.registry;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

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
        return locked(journalId, year).next();
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
            try {
                context.getBusinessObject(RegistrationCounters.class).create(journalId, year);
            } catch (EJBException createdMeanwhile) {
                // Another registration created the row first; lock theirs.
            }
            counter = em.find(RegistrationCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter;
    }

    /**
     * Creates the counter row of a journal and year, in a transaction of its own: when two
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
