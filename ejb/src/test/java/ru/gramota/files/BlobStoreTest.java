package ru.gramota.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlobStoreTest {

    /** SHA-256 of "abc" (FIPS 180-2, appendix B.1). */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path root;

    private BlobStore store() {
        return new BlobStore(root);
    }

    @Test
    void stagingComputesTheSha256AndSizeOfTheContent() throws IOException {
        try (StagedBlob staged = store().stage(bytes("abc"), 100)) {
            assertEquals(ABC, staged.sha256());
            assertEquals(3, staged.size());
        }
    }

    @Test
    void stagingStreamsContentLargerThanItsBufferIntact() throws Exception {
        byte[] content = new byte[3 * BlobStore.BUFFER_SIZE + 17];
        new Random(42).nextBytes(content);

        try (StagedBlob staged = store().stage(new ByteArrayInputStream(content), content.length)) {
            String expected = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            assertEquals(expected, staged.sha256());
            assertEquals(content.length, staged.size());
            assertArrayEquals(content, Files.readAllBytes(staged.path()));
        }
    }

    @Test
    void stagedContentWaitsInTmpUntilCommitted() throws IOException {
        try (StagedBlob staged = store().stage(bytes("abc"), 100)) {
            assertEquals(root.resolve("tmp"), staged.path().getParent());
            assertFalse(store().exists(ABC));
        }
    }

    @Test
    void committedContentIsStoredUnderItsHashInTwoLevelsOfDirectories() throws IOException {
        BlobStore store = store();
        Path stored;
        try (StagedBlob staged = store.stage(bytes("abc"), 100)) {
            stored = staged.commit();
        }

        assertEquals(root.resolve("ba").resolve("78").resolve(ABC), stored);
        assertEquals(stored, store.path(ABC));
        assertTrue(store.exists(ABC));
        assertEquals(3, store.size(ABC));
        try (InputStream in = store.open(ABC)) {
            assertEquals("abc", new String(in.readAllBytes(), UTF_8));
        }
    }

    @Test
    void identicalContentCommittedTwiceIsStoredOnce() throws IOException {
        BlobStore store = store();
        try (StagedBlob first = store.stage(bytes("abc"), 100);
                StagedBlob second = store.stage(bytes("abc"), 100)) {
            first.commit();
            second.commit();
        }

        assertEquals(List.of(root.resolve("ba/78/" + ABC)), filesUnderRoot());
        assertEquals(Set.of(ABC), hashes(store));
    }

    @Test
    void contentOverTheLimitIsRejectedAndNothingIsKept() throws IOException {
        FileTooLargeException e = assertThrows(FileTooLargeException.class, () -> store().stage(bytes("abcd"), 3));

        assertEquals(3, e.maxBytes());
        assertEquals(List.of(), filesUnderRoot());
    }

    @Test
    void contentExactlyAtTheLimitIsAccepted() throws IOException {
        try (StagedBlob staged = store().stage(bytes("abc"), 3)) {
            assertEquals(3, staged.size());
        }
    }

    @Test
    void stagingStopsReadingOnceTheLimitIsPassed() {
        EndlessStream endless = new EndlessStream();

        assertThrows(FileTooLargeException.class, () -> store().stage(endless, 1_000_000));

        assertEquals(1_000_001, endless.served);
    }

    @Test
    void closingWithoutCommitLeavesNothing() throws IOException {
        StagedBlob staged = store().stage(bytes("abc"), 100);

        staged.close();

        assertFalse(Files.exists(staged.path()));
        assertEquals(List.of(), filesUnderRoot());
    }

    @Test
    void closingAfterCommitKeepsTheStoredContent() throws IOException {
        BlobStore store = store();
        StagedBlob staged = store.stage(bytes("abc"), 100);
        staged.commit();

        staged.close();

        assertTrue(store.exists(ABC));
    }

    @Test
    void discardedContentCannotBeCommitted() throws IOException {
        StagedBlob staged = store().stage(bytes("abc"), 100);
        staged.close();

        assertThrows(IllegalStateException.class, staged::commit);
    }

    @Test
    void listNamesEveryStoredHashButNotStagedContent() throws IOException {
        BlobStore store = store();
        String other;
        try (StagedBlob abc = store.stage(bytes("abc"), 100);
                StagedBlob second = store.stage(bytes("Договор поставки"), 100);
                StagedBlob pending = store.stage(bytes("not committed"), 100)) {
            abc.commit();
            second.commit();
            other = second.sha256();

            assertTrue(Files.exists(pending.path()));
            assertEquals(Set.of(ABC, other), hashes(store));
        }
    }

    @Test
    void listOfAStoreNeverWrittenToIsEmpty() throws IOException {
        assertEquals(Set.of(), hashes(new BlobStore(root.resolve("absent"))));
    }

    @Test
    void aHashThatIsNotStoredDoesNotExist() {
        BlobStore store = store();

        assertFalse(store.exists(ABC));
        assertThrows(NoSuchFileException.class, () -> store.open(ABC));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "../../../../etc/passwd",
                "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0",
                "ba/816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a\n"
            })
    void anythingButSixtyFourLowerCaseHexCharactersIsRejected(String hash) {
        BlobStore store = store();

        assertThrows(IllegalArgumentException.class, () -> store.path(hash));
        assertThrows(IllegalArgumentException.class, () -> store.exists(hash));
        assertThrows(IllegalArgumentException.class, () -> store.size(hash));
        assertThrows(IllegalArgumentException.class, () -> store.open(hash));
    }

    @Test
    void aMissingHashIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> store().path(null));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(UTF_8));
    }

    private static Set<String> hashes(BlobStore store) throws IOException {
        try (Stream<String> hashes = store.list()) {
            return hashes.collect(Collectors.toSet());
        }
    }

    private List<Path> filesUnderRoot() throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Serves zero bytes for ever, counting how many were asked for and given. */
    private static final class EndlessStream extends InputStream {

        long served;

        @Override
        public int read() {
            served++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            served += length;
            return length;
        }
    }
}
