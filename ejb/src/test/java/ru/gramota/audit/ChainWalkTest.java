package ru.gramota.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verification's rules over a chain built in memory: what is found, and which record is named. */
class ChainWalkTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anIntactChainIsWalkedToItsHead() {
        List<AuditRecord> chain = sealed(101, 103, 102, 104, 105);

        Walked walked = walk(chain, List.of());

        assertEquals(Optional.empty(), walked.problem);
        assertEquals(5, walked.checked);
    }

    @Test
    void aRecordCommittedLateWithASmallerNumberTakesALaterPlace() {
        List<AuditRecord> chain = sealed(102, 101);

        assertEquals(Optional.empty(), walk(chain, List.of()).problem);
        assertEquals(2L, chain.get(1).chainPosition());
    }

    @Test
    void anEditedRecordIsNamed() throws Exception {
        List<AuditRecord> chain = sealed(101, 102, 103);
        set(chain.get(1), "afterState", "{\"name\":\"Поддельное\"}");

        ChainBreak broken = walk(chain, List.of()).problem.orElseThrow();

        assertEquals(102, broken.seq());
        assertTrue(broken.problem().contains("changed"), broken.problem());
    }

    @Test
    void aDeletedRecordIsNamedByTheNumberItsSuccessorFollows() {
        List<AuditRecord> chain = sealed(101, 107, 103, 104);
        chain.remove(1);

        ChainBreak broken = walk(chain, List.of()).problem.orElseThrow();

        assertEquals(107, broken.seq());
        assertTrue(broken.problem().contains("missing"), broken.problem());
    }

    @Test
    void aDeletedLastRecordIsNamedByTheHead() {
        List<AuditRecord> chain = sealed(101, 102, 103);
        SealedHead head = head(chain);
        chain.remove(2);

        ChainBreak broken = walk(chain, List.of(), head).problem.orElseThrow();

        assertEquals(103, broken.seq());
    }

    @Test
    void anInsertedRecordIsNamedEvenWithAHashThatFits() throws Exception {
        List<AuditRecord> chain = sealed(101, 102, 103);
        AuditRecord forged = new AuditRecord(555, content("forged"));
        forged.seal(2, 101, chain.get(0).hash());
        set(chain.get(1), "chainPosition", 3L);
        set(chain.get(2), "chainPosition", 4L);
        chain.add(1, forged);

        ChainBreak broken = walk(chain, List.of()).problem.orElseThrow();

        assertEquals(555, broken.seq());
        assertTrue(broken.problem().contains("inserted"), broken.problem());
    }

    @Test
    void aChainRewrittenWithItsHeadDiffersFromTheAnchoredHead() throws Exception {
        List<AuditRecord> chain = sealed(101, 102, 103);
        AnchorFile anchors = anchors();
        anchors.append(head(chain.subList(0, 2)), NOW);
        // rewritten from record 102 on, every hash recomputed: consistent in itself
        List<AuditRecord> rewritten = new ArrayList<>(chain.subList(0, 1));
        AuditRecord forged = new AuditRecord(102, content("rewritten"));
        forged.seal(2, 101, chain.get(0).hash());
        rewritten.add(forged);

        ChainBreak broken = walk(rewritten, read(anchors)).problem.orElseThrow();

        assertEquals(102, broken.seq());
        assertTrue(broken.problem().contains("rewritten"), broken.problem());
    }

    @Test
    void aRecordInsertedAtAnAnchoredPlaceIsNamedAsInserted() throws Exception {
        List<AuditRecord> chain = sealed(101, 102, 103);
        AnchorFile anchors = anchors();
        anchors.append(head(chain.subList(0, 2)), NOW);
        AuditRecord forged = new AuditRecord(555, content("forged"));
        forged.seal(2, 101, chain.get(0).hash());
        set(chain.get(1), "chainPosition", 3L);
        set(chain.get(2), "chainPosition", 4L);
        chain.add(1, forged);

        ChainBreak broken = walk(chain, read(anchors)).problem.orElseThrow();

        assertEquals(555, broken.seq());
        assertTrue(broken.problem().contains("inserted"), broken.problem());
    }

    @Test
    void aRecordInsertedBeforeTheLastPushesItPastTheHeadAndIsNamed() throws Exception {
        List<AuditRecord> chain = sealed(101, 102, 103);
        SealedHead head = head(chain);
        AuditRecord forged = new AuditRecord(555, content("forged"));
        forged.seal(3, 102, chain.get(1).hash());
        set(chain.get(2), "chainPosition", 4L);
        chain.add(2, forged);

        ChainBreak broken = walk(chain, List.of(), head).problem.orElseThrow();

        assertEquals(555, broken.seq());
        assertTrue(broken.problem().contains("inserted"), broken.problem());
    }

    @Test
    void aRecordAppendedPastTheHeadIsNamed() {
        List<AuditRecord> chain = sealed(101, 102, 103);

        ChainBreak broken =
                walk(chain, List.of(), head(chain.subList(0, 2))).problem.orElseThrow();

        assertEquals(103, broken.seq());
        assertTrue(broken.problem().contains("inserted"), broken.problem());
    }

    @Test
    void aChainCutBelowAnAnchoredHeadIsFound() {
        List<AuditRecord> chain = sealed(101, 102, 103);
        AnchorFile anchors = anchors();
        anchors.append(head(chain), NOW);

        ChainBreak broken = walk(chain.subList(0, 2), read(anchors)).problem.orElseThrow();

        assertEquals(103, broken.seq());
        assertTrue(broken.problem().contains("cut"), broken.problem());
    }

    @Test
    void aHeadAnchoredWithAnotherKeyIsRefused() {
        List<AuditRecord> chain = sealed(101, 102);
        AnchorFile forger =
                new AnchorFile(dir.resolve("anchors.log"), AnchorKey.loadOrCreate(dir.resolve("someone-else.pem")));
        forger.append(head(chain), NOW);

        ChainBreak broken = walk(chain, read(anchors())).problem.orElseThrow();

        assertTrue(broken.problem().contains("not a head signed"), broken.problem());
    }

    @Test
    void headsAnchoredAlongAnIntactChainAgree() {
        List<AuditRecord> chain = sealed(101, 102, 103, 104);
        AnchorFile anchors = anchors();
        anchors.append(head(chain.subList(0, 1)), NOW);
        anchors.append(head(chain.subList(0, 3)), NOW.plusSeconds(10));

        assertEquals(Optional.empty(), walk(chain, read(anchors)).problem);
    }

    private record Walked(Optional<ChainBreak> problem, long checked) {}

    private Walked walk(List<AuditRecord> chain, List<Anchor> anchored) {
        return walk(chain, anchored, head(chain));
    }

    private Walked walk(List<AuditRecord> chain, List<Anchor> anchored, SealedHead head) {
        ChainWalk walk = new ChainWalk(anchored.iterator(), AnchorKey.loadOrCreate(dir.resolve("key.pem")));
        for (AuditRecord record : chain) {
            Optional<ChainBreak> broken = walk.next(record);
            if (broken.isPresent()) {
                return new Walked(broken, walk.checked());
            }
        }
        return new Walked(walk.end(head), walk.checked());
    }

    private AnchorFile anchors() {
        return new AnchorFile(dir.resolve("anchors.log"), AnchorKey.loadOrCreate(dir.resolve("key.pem")));
    }

    private static List<Anchor> read(AnchorFile anchors) {
        List<Anchor> lines = new ArrayList<>();
        try (AnchorFile.Lines read = anchors.read()) {
            read.forEachRemaining(lines::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return lines;
    }

    /** Records with these numbers, sealed in this order. */
    private static List<AuditRecord> sealed(long... numbers) {
        List<AuditRecord> chain = new ArrayList<>();
        long prevSeq = 0;
        String prevHash = AuditHash.GENESIS;
        for (long seq : numbers) {
            AuditRecord record = new AuditRecord(seq, content("record " + seq));
            record.seal(chain.size() + 1L, prevSeq, prevHash);
            chain.add(record);
            prevSeq = seq;
            prevHash = record.hash();
        }
        return chain;
    }

    private static SealedHead head(List<AuditRecord> chain) {
        if (chain.isEmpty()) {
            return new SealedHead(0, 0, AuditHash.GENESIS);
        }
        AuditRecord last = Collections.max(chain, (a, b) -> Long.compare(a.chainPosition(), b.chainPosition()));
        return new SealedHead(last.chainPosition(), last.seq(), last.hash());
    }

    private static AuditContent content(String name) {
        return new AuditContent(NOW, "system", "CREATE", "ORGANISATION", "X", null, "{\"name\":\"" + name + "\"}");
    }

    private static void set(AuditRecord record, String field, Object value) throws Exception {
        Field f = AuditRecord.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(record, value);
    }
}
