package ru.gramota.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import ru.gramota.platform.InvalidInputException;

/**
 * How long a case is kept, as the standard list (Приказ Росархива № 236 of 2019) allows: a number
 * of years from a fixed set, permanently, or until an event. A period in years runs from 1 January
 * of the year after the case is closed.
 */
@Embeddable
public class RetentionPeriod {

    /** The kinds of retention period. */
    public enum Kind {
        YEARS("лет"),
        PERMANENT("постоянно"),
        UNTIL_DISSOLVED("до ликвидации организации"),
        UNTIL_NO_LONGER_NEEDED("до минования надобности"),
        UNTIL_REPLACED("до замены новыми");

        private final String russianName;

        Kind(String russianName) {
            this.russianName = russianName;
        }

        public String russianName() {
            return russianName;
        }
    }

    /** The numbers of years the standard list uses. */
    public static final Set<Integer> ALLOWED_YEARS = Set.of(1, 3, 5, 6, 10, 15, 45, 50, 75);

    @Enumerated(EnumType.STRING)
    @Column(name = "retention_kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "retention_years")
    private Integer years;

    protected RetentionPeriod() {}

    private RetentionPeriod(Kind kind, Integer years) {
        this.kind = kind;
        this.years = years;
    }

    /**
     * A period from what the API receives: a kind, and the years when the kind is YEARS (or absent).
     *
     * @throws InvalidInputException naming {@code retentionYears} or {@code retentionKind}
     */
    public static RetentionPeriod of(Kind kind, Integer years) {
        Kind effective = kind == null && years != null ? Kind.YEARS : kind;
        if (effective == null) {
            throw new InvalidInputException("retentionKind", RegistryReason.RETENTION_KIND_REQUIRED);
        }
        if (effective == Kind.YEARS) {
            if (years == null || !ALLOWED_YEARS.contains(years)) {
                throw new InvalidInputException("retentionYears", RegistryReason.RETENTION_YEARS_NOT_IN_LIST);
            }
            return new RetentionPeriod(Kind.YEARS, years);
        }
        if (years != null) {
            throw new InvalidInputException("retentionYears", RegistryReason.RETENTION_YEARS_ONLY_FOR_YEARS);
        }
        return new RetentionPeriod(effective, null);
    }

    public static RetentionPeriod years(int years) {
        return of(Kind.YEARS, years);
    }

    public static RetentionPeriod permanent() {
        return of(Kind.PERMANENT, null);
    }

    /**
     * The first day on which a case closed in {@code closedYear} has outlived this period, if the
     * period is a number of years: 1 January of the year after closing, plus the years.
     */
    public Optional<LocalDate> expiresOn(int closedYear) {
        return kind == Kind.YEARS ? Optional.of(LocalDate.of(closedYear + 1 + years, 1, 1)) : Optional.empty();
    }

    /** Kept permanently or longer than 10 years: such cases go to the organisation's archive. */
    public boolean goesToArchive() {
        return kind == Kind.PERMANENT || (kind == Kind.YEARS && years > 10);
    }

    public Kind kind() {
        return kind;
    }

    public Integer years() {
        return years;
    }

    /** As a records officer writes it: "5 лет", "постоянно". */
    @Override
    public String toString() {
        if (kind != Kind.YEARS) {
            return kind.russianName();
        }
        int lastTwo = years % 100;
        int last = years % 10;
        String word =
                lastTwo >= 11 && lastTwo <= 14 ? "лет" : last == 1 ? "год" : last >= 2 && last <= 4 ? "года" : "лет";
        return years + " " + word;
    }
}
