package ru.gramota.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The anchor key made once and kept, and the signed lines of the anchor file. */
class AnchorFileTest {

    private static final SealedHead HEAD = new SealedHead(42, 57, "ab".repeat(32));

    @TempDir
    Path dir;

    @Test
    void theKeyIsMadeAtTheFirstStartReadableByTheServerOnlyAndKept() throws Exception {
        Path file = dir.resolve("audit").resolve("anchor-key.pem");

        AnchorKey made = AnchorKey.loadOrCreate(file);
        AnchorKey read = AnchorKey.loadOrCreate(file);

        assertEquals(made.fingerprint(), read.fingerprint());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(read.verifies(
                "text".getBytes(StandardCharsets.US_ASCII), made.sign("text".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void anAppendedHeadIsReadBackSigned() throws Exception {
        AnchorFile anchors = anchors();
        anchors.append(HEAD, Instant.parse("2026-11-30T12:00:00Z"));

        List<Anchor> read = read(anchors);

        assertEquals(1, read.size());
        assertEquals(HEAD, read.get(0).head());
        assertTrue(read.get(0).signedBy(anchors.key()));
    }

    @Test
    void anEditedLineNoLongerVerifies() throws Exception {
        AnchorFile anchors = anchors();
        anchors.append(HEAD, Instant.parse("2026-11-30T12:00:00Z"));
        Path file = dir.resolve("anchors.log");
        Files.writeString(file, Files.readString(file).replace(" 57 ", " 58 "));

        assertFalse(read(anchors).get(0).signedBy(anchors.key()));
    }

    @Test
    void aLineStillBeingWrittenIsLeftOut() throws Exception {
        AnchorFile anchors = anchors();
        anchors.append(HEAD, Instant.parse("2026-11-30T12:00:00Z"));
        Files.writeString(dir.resolve("anchors.log"), "43 58 cd", StandardOpenOption.APPEND);

        assertEquals(List.of(HEAD), read(anchors).stream().map(Anchor::head).toList());
    }

    @Test
    void anUnreadableLineIsAnAnchorThatDoesNotVerify() throws Exception {
        Files.writeString(dir.resolve("anchors.log"), "not an anchor\n");

        assertFalse(read(anchors()).get(0).signedBy(anchors().key()));
    }

    private AnchorFile anchors() {
        return new AnchorFile(dir.resolve("anchors.log"), AnchorKey.loadOrCreate(dir.resolve("key.pem")));
    }

    private static List<Anchor> read(AnchorFile anchors) throws Exception {
        List<Anchor> lines = new ArrayList<>();
        try (AnchorFile.Lines read = anchors.read()) {
            read.forEachRemaining(lines::add);
        }
        return lines;
    }
}
