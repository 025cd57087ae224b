package ru.gramota.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The audit chain's hash as docs/access.md publishes it, written again here as an outsider would to
 * forge a record: SHA-256 over the place, the previous hash, the time (epoch milliseconds), actor,
 * action, object type and id, the states, and the number where it differs from the place; each field
 * as its UTF-8 length, a colon and its bytes ({@code -1:} for none).
 */
final class AuditChainRule {

    private AuditChainRule() {}

    static String hash(
            long position,
            String prevHash,
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            String objectType,
            String objectId,
            String before,
            String after) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String field : new String[] {
            Long.toString(position),
            prevHash,
            Long.toString(occurredAt.toEpochMilli()),
            actor,
            action,
            objectType,
            objectId,
            before,
            after
        }) {
            field(sha256, field);
        }
        if (seq != position) {
            field(sha256, Long.toString(seq));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update("-1:".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }
}
