package ru.gramota.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * A sealed head as anchored outside the database: one line of the anchor file, {@code <position>
 * <seq> <hash> <anchored at> <signature>}, the signature (Ed25519, base64) over {@link #signedText()}.
 *
 * @param line the line's number in the file, from 1
 * @param head the head anchored
 * @param anchoredAt when
 * @param signature the signature, or null when the line cannot be read
 */
record Anchor(long line, SealedHead head, Instant anchoredAt, byte[] signature) {

    private static final String PREFIX = "gramota-audit-head ";

    static Anchor of(long line, SealedHead head, Instant anchoredAt, AnchorKey key) {
        Anchor unsigned = new Anchor(line, head, anchoredAt, null);
        return new Anchor(line, head, anchoredAt, key.sign(unsigned.signedText()));
    }

    /** The line as written, or an unreadable anchor (no signature) when it is not one. */
    static Anchor parse(long line, String text) {
        String[] parts = text.strip().split(" ");
        try {
            if (parts.length == 5) {
                SealedHead head = new SealedHead(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]);
                return new Anchor(
                        line, head, Instant.parse(parts[3]), Base64.getDecoder().decode(parts[4]));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // an unreadable line: below
        } catch (IllegalArgumentException e) {
            // bad base64: below
        }
        return new Anchor(line, new SealedHead(-1, 0, ""), Instant.EPOCH, null);
    }

    String text() {
        return head.position() + " " + head.seq() + " " + head.hash() + " " + anchoredAt + " "
                + Base64.getEncoder().encodeToString(signature);
    }

    byte[] signedText() {
        return (PREFIX + head.position() + " " + head.seq() + " " + head.hash() + " " + anchoredAt)
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether the line reads and is signed by the key. */
    boolean signedBy(AnchorKey key) {
        return signature != null && key.verifies(signedText(), signature);
    }
}
