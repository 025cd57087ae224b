package ru.gramota.batch.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.generator.GeneratedRegistrations.Card;
import ru.gramota.registry.generator.GeneratedRegistrations.Period;
import ru.gramota.registry.generator.GeneratorPools.Pool;

/**
 * The cards of one generator run: card {@code i} of {@code count} is the same for the same seed, so
 * a restarted run writes what the first attempt would have. Cards are registered evenly over the
 * period in their order, so numbers and registration times go up together; correspondents are
 * drawn with a skew (a few ministries write much more than a village school does).
 */
final class GeneratedCards {

    private static final List<String> DELIVERY =
            List.of("МЭДО", "МЭДО", "МЭДО", "электронная почта", "электронная почта", "почта", "курьер", "нарочно");

    private static final List<String> APPEAL_DELIVERY =
            List.of("интернет-приёмная", "интернет-приёмная", "почта", "почта", "личный приём", "электронная почта");

    private static final List<String> SIGNATORIES = List.of(
            "Министр",
            "Заместитель министра",
            "Глава района",
            "Заместитель главы администрации",
            "Прокурор района",
            "Начальник отдела",
            "Руководитель",
            "Директор",
            "Главный врач",
            "Начальник управления");

    private static final List<String> INITIALS = List.of("А.", "В.", "Е.", "И.", "Н.", "О.", "П.", "С.", "Т.", "Ю.");

    private final Pool pool;
    private final long seed;
    private final int count;
    private final Period period;
    private final ZoneId zone;
    private final String actType;

    GeneratedCards(Pool pool, long seed, int count, Period period) {
        this.pool = pool;
        this.seed = seed;
        this.count = count;
        this.period = period;
        this.zone = ZoneId.of(period.zone());
        this.actType = actType(pool);
    }

    Pool pool() {
        return pool;
    }

    /** Which act a journal of acts registers, from its number pattern: {seq}-п, {seq}-р, {seq}-пр. */
    private static String actType(Pool pool) {
        String pattern = pool.numberPattern().toLowerCase(Locale.ROOT);
        if (pattern.contains("пр")) {
            return "приказ";
        }
        return pattern.contains("р") ? "распоряжение" : "постановление";
    }

    Card card(int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        long span = ChronoUnit.MICROS.between(period.from(), period.until());
        // span × position would overflow a long at a million cards: divide first, then the remainder.
        long step = span / (count + 1L);
        long rest = span % (count + 1L) * (index + 1L) / (count + 1L);
        Instant registeredAt = period.from().plus(step * (index + 1L) + rest, ChronoUnit.MICROS);
        LocalDate registeredOn = LocalDate.ofInstant(registeredAt, zone);
        LocalDate documentDate = registeredOn.minusDays(random.nextInt(pool.kind() == DocumentKind.INCOMING ? 7 : 2));
        Long caseId = pool.caseIds().isEmpty() || !pool.needsCase() && random.nextInt(10) >= 4
                ? null
                : any(pool.caseIds(), random);
        Card card = switch (pool.kind()) {
            case INCOMING -> incoming(random, registeredOn, documentDate, caseId, registeredAt);
            case CITIZEN_APPEAL -> appeal(random, registeredOn, documentDate, caseId, registeredAt);
            case OUTGOING -> outgoing(random, registeredOn, documentDate, caseId, registeredAt);
            case INTERNAL -> internal(random, registeredOn, documentDate, caseId, registeredAt);
            case ACT -> act(random, registeredOn, documentDate, caseId, registeredAt);
        };
        return card.with(LetterTexts.of(seed, index, card.title(), registeredOn));
    }

    private Card incoming(
            SplittableRandom random,
            LocalDate registeredOn,
            LocalDate documentDate,
            Long caseId,
            Instant registeredAt) {
        boolean onControl = random.nextInt(7) == 0;
        return new Card(
                Summaries.incoming(random, registeredOn),
                "письмо",
                documentDate,
                1 + random.nextInt(12),
                skewed(pool.organisationIds(), random),
                correspondentNumber(random),
                documentDate,
                any(SIGNATORIES, random) + " " + any(INITIALS, random) + " " + any(INITIALS, random) + " "
                        + surname(random),
                null,
                List.of(),
                List.of(),
                executor(random),
                onControl,
                onControl ? registeredOn.plusDays(30) : null,
                caseId,
                any(DELIVERY, random),
                registeredAt,
                null);
    }

    private Card appeal(
            SplittableRandom random,
            LocalDate registeredOn,
            LocalDate documentDate,
            Long caseId,
            Instant registeredAt) {
        String title = Summaries.appeal(random, registeredOn);
        return new Card(
                title,
                title.startsWith("Заявление") ? "заявление" : title.startsWith("Жалоба") ? "жалоба" : "обращение",
                documentDate,
                1 + random.nextInt(4),
                any(pool.citizenIds(), random),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                executor(random),
                true,
                registeredOn.plusDays(30),
                caseId,
                any(APPEAL_DELIVERY, random),
                registeredAt,
                null);
    }

    private Card outgoing(
            SplittableRandom random,
            LocalDate registeredOn,
            LocalDate documentDate,
            Long caseId,
            Instant registeredAt) {
        List<Long> addressees = new ArrayList<>();
        int n = 1 + (random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0);
        while (addressees.size() < Math.min(n, pool.organisationIds().size())) {
            Long id = skewed(pool.organisationIds(), random);
            if (!addressees.contains(id)) {
                addressees.add(id);
            }
        }
        return own(
                Summaries.outgoing(random, registeredOn),
                "письмо",
                documentDate,
                1 + random.nextInt(5),
                any(pool.employeeIds(), random),
                List.of(),
                addressees,
                caseId,
                registeredAt);
    }

    private Card internal(
            SplittableRandom random,
            LocalDate registeredOn,
            LocalDate documentDate,
            Long caseId,
            Instant registeredAt) {
        List<Long> addressees = new ArrayList<>();
        int n = Math.min(1 + random.nextInt(2), pool.employeeIds().size());
        while (addressees.size() < n) {
            Long id = any(pool.employeeIds(), random);
            if (!addressees.contains(id)) {
                addressees.add(id);
            }
        }
        return own(
                Summaries.internal(random, registeredOn),
                "служебная записка",
                documentDate,
                1 + random.nextInt(3),
                any(pool.employeeIds(), random),
                addressees,
                List.of(),
                caseId,
                registeredAt);
    }

    private Card act(
            SplittableRandom random,
            LocalDate registeredOn,
            LocalDate documentDate,
            Long caseId,
            Instant registeredAt) {
        return own(
                Summaries.act(random, registeredOn),
                actType,
                documentDate,
                1 + random.nextInt(20),
                any(pool.employeeIds(), random),
                List.of(),
                List.of(),
                caseId,
                registeredAt);
    }

    /**
     * A card the organisation writes itself (outgoing, internal, act): signed by one of its employees,
     * nothing from a correspondent, no executor, not on control, no delivery channel.
     */
    private static Card own(
            String title,
            String type,
            LocalDate documentDate,
            int pages,
            Long signatory,
            List<Long> employeeAddressees,
            List<Long> organisationAddressees,
            Long caseId,
            Instant registeredAt) {
        return new Card(
                title,
                type,
                documentDate,
                pages,
                null,
                null,
                null,
                null,
                signatory,
                employeeAddressees,
                organisationAddressees,
                null,
                false,
                null,
                caseId,
                null,
                registeredAt,
                null);
    }

    private Long executor(SplittableRandom random) {
        return pool.employeeIds().isEmpty() || random.nextInt(3) != 0 ? null : any(pool.employeeIds(), random);
    }

    private static String correspondentNumber(SplittableRandom random) {
        int sequence = 1 + random.nextInt(9000);
        return switch (random.nextInt(4)) {
            case 0 -> String.format("%02d-%02d/%d", 1 + random.nextInt(20), 1 + random.nextInt(30), sequence);
            case 1 -> Integer.toString(sequence);
            case 2 -> "ИСХ-" + sequence;
            default -> sequence + "/" + String.format("%02d", 1 + random.nextInt(40));
        };
    }

    private static String surname(SplittableRandom random) {
        return any(
                List.of(
                        "Петров",
                        "Иванов",
                        "Смирнова",
                        "Кузнецов",
                        "Попова",
                        "Соколов",
                        "Лебедева",
                        "Новиков",
                        "Морозов",
                        "Волкова",
                        "Зайцев",
                        "Орлов"),
                random);
    }

    private static <T> T any(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    /** The first entries far more often than the last: P(index &lt; k) = sqrt(k / n). */
    private static <T> T skewed(List<T> items, SplittableRandom random) {
        double u = random.nextDouble();
        return items.get((int) (items.size() * u * u));
    }
}
