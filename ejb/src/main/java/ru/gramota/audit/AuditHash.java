package ru.gramota.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 hash of a sealed audit record: its place in the chain, the previous record's hash, every
 * field of its content and its number, each written with its length so that no two records hash the
 * same input. The number is written only where it differs from the place: every record sealed before
 * the sealer existed had the same number as its place and was hashed without it, and stays valid.
 */
final class AuditHash {

    /** The "previous hash" of the first record. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    /** The hash of a record whose number is its place (every record sealed before version 9). */
    static String of(long seq, String prevHash, AuditContent content) {
        return of(seq, prevHash, seq, content);
    }

    static String of(long position, String prevHash, long seq, AuditContent content) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        field(sha256, Long.toString(position));
        field(sha256, prevHash);
        field(sha256, Long.toString(content.occurredAt().toEpochMilli()));
        field(sha256, content.actor());
        field(sha256, content.action());
        field(sha256, content.objectType());
        field(sha256, content.objectId());
        field(sha256, content.beforeState());
        field(sha256, content.afterState());
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
