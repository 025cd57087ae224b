package ru.gramota.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class JournalPositionTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void idsSkippedBelowTheLargestAppliedAreWaitedFor() {
        JournalPosition position = JournalPosition.start().after(List.of(1L, 2L, 5L), T0);

        assertEquals(5, position.applied());
        assertEquals(Set.of(3L, 4L), position.gaps());
        assertEquals(2, position.lowWatermark(), "3 and 4 may still commit: nothing above 2 may be pruned");
    }

    @Test
    void aRowThatCommitsLateClosesItsGap() {
        JournalPosition position =
                JournalPosition.start().after(List.of(1L, 2L, 5L), T0).after(List.of(4L, 6L), T0.plusSeconds(1));

        assertEquals(6, position.applied());
        assertEquals(Set.of(3L), position.gaps());
        assertEquals(2, position.lowWatermark());

        JournalPosition closed = position.after(List.of(3L), T0.plusSeconds(2));
        assertEquals(Set.of(), closed.gaps());
        assertEquals(6, closed.lowWatermark());
    }

    @Test
    void aGapWaitedForLongerThanATransactionLastsIsGivenUp() {
        JournalPosition position =
                JournalPosition.start().after(List.of(1L, 3L), T0).after(List.of(6L), T0.plusSeconds(300));

        JournalPosition later = position.expire(T0.plusSeconds(601), Duration.ofMinutes(10));

        assertEquals(Set.of(4L, 5L), later.gaps(), "2 was missed at T0 and given up; 4 and 5 still wait");
        assertEquals(position, position.expire(T0.plusSeconds(599), Duration.ofMinutes(10)));
    }

    @Test
    void thePositionSurvivesTheCommitUserData() {
        JournalPosition position =
                JournalPosition.start().after(List.of(1L, 4L), T0).after(List.of(7L), T0.plusMillis(1234));

        Map<String, String> stored = position.userData();

        assertEquals(position, JournalPosition.of(stored).orElseThrow());
        assertTrue(JournalPosition.of(Map.of()).isEmpty(), "a new index has no position");
    }

    @Test
    void nothingAppliedLeavesThePositionAsItIs() {
        JournalPosition position = JournalPosition.start().after(List.of(3L), T0);

        assertEquals(position, position.after(List.of(), T0.plusSeconds(5)));
    }

    @Test
    void aBurstOfRollbacksKeepsOnlyTheNewestGaps() {
        JournalPosition position = JournalPosition.start().after(List.of(1L, 1L + JournalPosition.MAX_GAPS + 5), T0);

        assertEquals(JournalPosition.MAX_GAPS, position.gaps().size());
        assertTrue(position.gaps().contains(1L + JournalPosition.MAX_GAPS + 4));
    }

    @Test
    void aRebuiltIndexStartsWhereTheJournalWasPrunedAndIsNotBehindIt() {
        JournalPosition rebuilt = JournalPosition.at(5000);

        assertEquals(5000, rebuilt.lowWatermark(), "not below the pruning point: no second rebuild");
        assertEquals(Set.of(4999L + 3), rebuilt.after(List.of(5001L, 5003L), T0).gaps());
    }

    @Test
    void aRebuildStartsAfterTheRowsCommittedWhenItBeginsAndAwaitsTheIdsMissingAmongThem() {
        JournalPosition start =
                JournalPosition.scanned(4, LongStream.of(5, 6, 8, 11).iterator(), T0);

        assertEquals(11, start.applied());
        assertEquals(Set.of(7L, 9L, 10L), start.gaps());
        assertEquals(6, start.lowWatermark());
        assertEquals(start, JournalPosition.of(start.userData()).orElseThrow());
    }

    @Test
    void aRebuildOfAnEmptyJournalStartsWhereItWasAsked() {
        JournalPosition start = JournalPosition.scanned(40, LongStream.empty().iterator(), T0);

        assertEquals(JournalPosition.at(40), start);
    }

    @Test
    void aLongJumpKeepsOnlyTheNewestGapsAsApplyingDoes() {
        JournalPosition start =
                JournalPosition.scanned(0, LongStream.of(1, 1_000_000).iterator(), T0);

        assertEquals(1_000_000, start.applied());
        assertEquals(JournalPosition.MAX_GAPS, start.gaps().size());
        assertEquals(1_000_000 - JournalPosition.MAX_GAPS - 1, start.lowWatermark());
    }
}
