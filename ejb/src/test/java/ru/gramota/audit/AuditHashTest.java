package ru.gramota.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final AuditContent CONTENT = new AuditContent(
            Instant.parse("2026-11-20T09:00:00.123Z"),
            "clerk.gov",
            "UPDATE",
            "ORGANISATION",
            "GOV",
            "{\"name\":\"Правительство\"}",
            "{\"name\":\"Правительство Энской области\"}");

    @Test
    void theSameRecordAlwaysHashesTheSame() {
        assertEquals(AuditHash.of(7, AuditHash.GENESIS, CONTENT), AuditHash.of(7, AuditHash.GENESIS, CONTENT));
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        String original = AuditHash.of(7, AuditHash.GENESIS, CONTENT);

        assertNotEquals(original, AuditHash.of(8, AuditHash.GENESIS, CONTENT));
        assertNotEquals(original, AuditHash.of(7, "1".repeat(64), CONTENT));
        assertNotEquals(original, AuditHash.of(7, AuditHash.GENESIS, withActor("manager.gov")));
        assertNotEquals(
                original,
                AuditHash.of(
                        7,
                        AuditHash.GENESIS,
                        new AuditContent(
                                CONTENT.occurredAt().plusMillis(1),
                                CONTENT.actor(),
                                CONTENT.action(),
                                CONTENT.objectType(),
                                CONTENT.objectId(),
                                CONTENT.beforeState(),
                                CONTENT.afterState())));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AuditContent a = new AuditContent(CONTENT.occurredAt(), "ab", "c", "T", "1", null, null);
        AuditContent b = new AuditContent(CONTENT.occurredAt(), "a", "bc", "T", "1", null, null);

        assertNotEquals(AuditHash.of(1, AuditHash.GENESIS, a), AuditHash.of(1, AuditHash.GENESIS, b));
    }

    @Test
    void anAbsentStateDiffersFromAnEmptyOne() {
        AuditContent absent = new AuditContent(CONTENT.occurredAt(), "a", "b", "T", "1", null, null);
        AuditContent empty = new AuditContent(CONTENT.occurredAt(), "a", "b", "T", "1", "", null);

        assertNotEquals(AuditHash.of(1, AuditHash.GENESIS, absent), AuditHash.of(1, AuditHash.GENESIS, empty));
    }

    @Test
    void aRecordSealedBeforeTheSealerExistedKeepsItsHash() {
        // computed by the hash as it was before version 9, when a record's number was its place
        String before = "7882418561b3e6943bdb1ec1fb5f5adad87a8052dbe669affe895f8146e889bd";

        assertEquals(before, AuditHash.of(7, AuditHash.GENESIS, CONTENT));
        assertEquals(before, AuditHash.of(7, AuditHash.GENESIS, 7, CONTENT));
    }

    @Test
    void aRecordsNumberCountsWhereItDiffersFromItsPlace() {
        String atItsOwnNumber = AuditHash.of(7, AuditHash.GENESIS, 7, CONTENT);

        assertNotEquals(atItsOwnNumber, AuditHash.of(7, AuditHash.GENESIS, 9, CONTENT));
        assertNotEquals(
                AuditHash.of(7, AuditHash.GENESIS, 9, CONTENT), AuditHash.of(7, AuditHash.GENESIS, 10, CONTENT));
    }

    private static AuditContent withActor(String actor) {
        return new AuditContent(
                CONTENT.occurredAt(),
                actor,
                CONTENT.action(),
                CONTENT.objectType(),
                CONTENT.objectId(),
                CONTENT.beforeState(),
                CONTENT.afterState());
    }
}
