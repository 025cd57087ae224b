package ru.gramota.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import ru.gramota.platform.ConflictException;

/**
 * The registration number of a card (requisite 11) as the card holds it: the journal it is given in,
 * the calendar year and the sequence within (journal, year), and the text the journal's pattern
 * makes of them ({@code 01-12/345}). A card is in its journal from the start; the year, sequence and
 * text come together when it is registered ({@link #given}) and never change afterwards. Unique
 * within (journal, year, sequence): the database's unique key is the last guard.
 */
@Embeddable
public class RegistrationNumber {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "journal_id", updatable = false)
    private RegistrationJournal journal;

    @Column(name = "registration_year")
    private Integer year;

    @Column(name = "registration_sequence")
    private Integer sequence;

    @Column(name = "registration_number", length = NumberPattern.MAX_NUMBER_LENGTH)
    private String text;

    protected RegistrationNumber() {}

    private RegistrationNumber(RegistrationJournal journal, Integer year, Integer sequence, String text) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.year = year;
        this.sequence = sequence;
        this.text = text;
    }

    /** A card of the journal that has no number yet. */
    static RegistrationNumber awaitedIn(RegistrationJournal journal) {
        return new RegistrationNumber(journal, null, null, null);
    }

    /**
     * The number the journal's pattern gives the sequence in the year, with the card's case index
     * and department code where the pattern carries them.
     */
    RegistrationNumber given(int year, int sequence, String caseIndex, String departmentCode) {
        if (isGiven()) {
            throw new ConflictException(RegistryReason.ALREADY_REGISTERED, text);
        }
        return new RegistrationNumber(
                journal, year, sequence, journal.numberPattern().format(sequence, year, caseIndex, departmentCode));
    }

    /** Whether the card has been registered under this number. */
    public boolean isGiven() {
        return text != null;
    }

    public RegistrationJournal journal() {
        return journal;
    }

    /** The calendar year of registration, or null before it. */
    public Integer year() {
        return year;
    }

    /** The sequence within the journal and year, or null before registration. */
    public Integer sequence() {
        return sequence;
    }

    /** The number as written on the document, or null before registration. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegistrationNumber n
                && journal == n.journal
                && Objects.equals(year, n.year)
                && Objects.equals(sequence, n.sequence)
                && Objects.equals(text, n.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, sequence, text);
    }

    @Override
    public String toString() {
        return text;
    }
}
