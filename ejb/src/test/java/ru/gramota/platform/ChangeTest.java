package ru.gramota.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void aChangeIsAuditedByTheCallerWithNothingStaleUntilSaid() {
        Change change = Change.of("EDIT", "DOCUMENT", 42L);
        assertEquals("42", change.objectId());
        assertNull(change.actor());
        assertNull(change.before());
        assertNull(change.after());
        assertTrue(change.stale().isEmpty());
        assertTrue(change.audited());
    }

    @Test
    void eachStepReturnsANewChangeAndKeepsWhatWasSaid() {
        Change plain = Change.of("EDIT", "DOCUMENT", 42L);
        Change full = plain.states(Map.of("title", "a"), Map.of("title", "b"))
                .by("job")
                .reindexing("DOCUMENT", 42L)
                .reindexing("DOCUMENT_FILE", List.of(7L, 8L));
        assertNull(plain.before());
        assertEquals("job", full.actor());
        assertEquals(Map.of("title", "a"), full.before());
        assertEquals(Map.of("title", "b"), full.after());
        assertEquals(
                List.of(new Change.Stale("DOCUMENT", List.of(42L)), new Change.Stale("DOCUMENT_FILE", List.of(7L, 8L))),
                full.stale());
    }

    @Test
    void statesKeepTheirOrderAndNullValuesAndCannotBeChangedAfterwards() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("z", 1);
        after.put("a", null);
        Change change = Change.of("CREATE", "CASE", "01-01").states(null, after);
        after.put("late", 2);
        assertEquals(List.of("z", "a"), List.copyOf(change.after().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> ((Map<String, Object>) change.after()).put("x", 1));
    }

    @Test
    void aChunkOfAnAuditedRunOnlyMakesRecordsStale() {
        Change chunk = Change.withinAuditedRun("DOCUMENT", List.of(1L, 2L, 3L));
        assertFalse(chunk.audited());
        assertEquals(List.of(new Change.Stale("DOCUMENT", List.of(1L, 2L, 3L))), chunk.stale());
    }

    @Test
    void whatAndWhichAreRequired() {
        assertThrows(NullPointerException.class, () -> Change.of(null, "DOCUMENT", 1L));
        assertThrows(NullPointerException.class, () -> Change.of("EDIT", null, 1L));
        assertThrows(NullPointerException.class, () -> Change.of("EDIT", "DOCUMENT", null));
        assertThrows(
                NullPointerException.class,
                () -> Change.of("EDIT", "DOCUMENT", 1L).by(null));
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("k", null);
        assertNull(Change.of("EDIT", "X", 1).states(withNull, null).before().get("k"));
    }
}
