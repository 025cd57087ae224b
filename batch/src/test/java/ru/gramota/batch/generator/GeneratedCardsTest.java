package ru.gramota.batch.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.generator.GeneratedRegistrations.Card;
import ru.gramota.registry.generator.GeneratedRegistrations.Period;
import ru.gramota.registry.generator.GeneratorPools.Pool;

class GeneratedCardsTest {

    private static final Period PERIOD = new Period(
            2026, Instant.parse("2025-12-31T21:00:00Z"), Instant.parse("2026-11-21T10:00:00Z"), "Europe/Moscow");

    private static GeneratedCards cards(DocumentKind kind, int count) {
        Pool pool = new Pool(
                1,
                "GOV",
                "IN",
                kind,
                "{seq}",
                2026,
                LongStream.rangeClosed(1, 300).boxed().toList(),
                LongStream.rangeClosed(1001, 1400).boxed().toList(),
                List.of(7L, 8L),
                null,
                List.of(11L, 12L, 13L));
        return new GeneratedCards(pool, GeneratorParameters.DEFAULT_SEED, count, PERIOD);
    }

    @Test
    void aHundredThousandIncomingLettersHaveMostlyDistinctSummaries() {
        GeneratedCards cards = cards(DocumentKind.INCOMING, 100_000);
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            titles.add(cards.card(i).title());
        }
        // Real journals repeat summaries too ("О направлении отчёта…"); the templates allow millions.
        assertTrue(titles.size() > 60_000, titles.size() + " distinct summaries");
    }

    @Test
    void theSameSeedGivesTheSameCard() {
        assertEquals(
                cards(DocumentKind.INCOMING, 1000).card(517),
                cards(DocumentKind.INCOMING, 1000).card(517));
    }

    @Test
    void cardsAreRegisteredInTheirOrderWithinThePeriod() {
        GeneratedCards cards = cards(DocumentKind.CITIZEN_APPEAL, 10_000);
        Instant previous = PERIOD.from();
        for (int i = 0; i < 10_000; i++) {
            Instant at = cards.card(i).registeredAt();
            assertTrue(at.isAfter(previous) && at.isBefore(PERIOD.until()), "card " + i + " at " + at);
            previous = at;
        }
    }

    @Test
    void aMillionCardsAreSpreadOverTheWholePeriodInOrder() {
        GeneratedCards cards = cards(DocumentKind.INCOMING, 1_000_000);
        Instant previous = PERIOD.from();
        for (int i = 0; i < 1_000_000; i += 997) {
            Instant at = cards.card(i).registeredAt();
            assertTrue(at.isAfter(previous) && at.isBefore(PERIOD.until()), "card " + i + " at " + at);
            previous = at;
        }
        Instant last = cards.card(999_999).registeredAt();
        assertTrue(Duration.between(last, PERIOD.until()).toMinutes() < 60, "the last card at " + last);
    }

    @Test
    void everyKindGetsWhatItsCardsNeed() {
        Card incoming = cards(DocumentKind.INCOMING, 10).card(3);
        Card appeal = cards(DocumentKind.CITIZEN_APPEAL, 10).card(3);
        Card outgoing = cards(DocumentKind.OUTGOING, 10).card(3);
        Card internal = cards(DocumentKind.INTERNAL, 10).card(3);
        Card act = cards(DocumentKind.ACT, 10).card(3);

        assertTrue(incoming.correspondentId() <= 300 && incoming.correspondentNumber() != null);
        assertTrue(appeal.correspondentId() > 1000 && appeal.onControl());
        assertFalse(outgoing.addresseeCorrespondentIds().isEmpty());
        assertTrue(outgoing.signatoryUserId() != null);
        assertFalse(internal.addresseeUserIds().isEmpty());
        assertEquals("постановление", act.documentType());
    }

    @Test
    void titlesAreNotLoremIpsum() {
        GeneratedCards cards = cards(DocumentKind.INCOMING, 1000);
        for (int i = 0; i < 1000; i++) {
            String title = cards.card(i).title();
            assertTrue(title.matches("[А-ЯЁ][^a-z]+") && !title.matches(".*[A-Z]{2,}.*"), title);
        }
    }
}
