package ru.gramota.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 hash of an audit record: its sequence number, the previous record's hash and every
 * field of its content, each written with its length so that no two records hash the same input.
 */
final class AuditHash {

    /** The "previous hash" of the first record. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    static String of(long seq, String prevHash, AuditContent content) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        field(sha256, Long.toString(seq));
        field(sha256, prevHash);
        field(sha256, Long.toString(content.occurredAt().toEpochMilli()));
        field(sha256, content.actor());
        field(sha256, content.action());
        field(sha256, content.objectType());
        field(sha256, content.objectId());
        field(sha256, content.beforeState());
        field(sha256, content.afterState());
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
