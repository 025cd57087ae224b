package ru.gramota.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The last number given in one journal in one calendar year. Numbers restart at 1 each year. A single
 * number is taken by one statement ({@link RegistrationCounters#next}); a block through the entity.
 */
@Entity
@Table(name = "registration_counter")
public class RegistrationCounter {

    /** The key: journal and year. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "journal_id")
        private Long journalId;

        @Column(name = "registration_year")
        private Integer year;

        protected Key() {}

        public Key(long journalId, int year) {
            this.journalId = journalId;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(journalId, k.journalId) && Objects.equals(year, k.year);
        }

        @Override
        public int hashCode() {
            return Objects.hash(journalId, year);
        }
    }

    @EmbeddedId
    private Key id;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected RegistrationCounter() {}

    RegistrationCounter(Key id) {
        this.id = id;
    }

    /**
     * Takes a block of {@code count} consecutive numbers and returns the first; the caller holds this
     * row locked until its transaction ends, so nobody else takes a number inside the block.
     */
    int reserve(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("A block of numbers has at least one; asked for " + count);
        }
        if (lastNumber > Integer.MAX_VALUE - count) {
            throw new IllegalStateException("The journal's numbers of the year would run past " + Integer.MAX_VALUE);
        }
        int first = lastNumber + 1;
        lastNumber += count;
        return first;
    }
}
