package ru.gramota.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PBKDF2 password hash, stored as {@code PBKDF2WithHmacSHA512:iterations:salt:hash} (Base64 salt
 * and hash), the format of Jakarta Security's {@code Pbkdf2PasswordHash}. The iteration count travels
 * with each hash, so raising it later leaves existing passwords valid.
 */
public final class PasswordHash {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512. */
    static final int ITERATIONS = 210_000;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String algorithm;
    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(String algorithm, int iterations, byte[] salt, byte[] hash) {
        this.algorithm = algorithm;
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes a new password with a fresh random salt. */
    public static PasswordHash of(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(ALGORITHM, ITERATIONS, salt, derive(ALGORITHM, password, salt, ITERATIONS, HASH_BITS));
    }

    /** Reads a stored hash; a value in any other format is rejected rather than treated as a password. */
    public static PasswordHash parse(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !parts[0].startsWith("PBKDF2WithHmac")) {
            throw new IllegalArgumentException("Not a PBKDF2 password hash");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        return new PasswordHash(parts[0], Integer.parseInt(parts[1]), base64.decode(parts[2]), base64.decode(parts[3]));
    }

    /** Whether the password matches, compared in constant time. */
    public boolean matches(char[] password) {
        byte[] candidate = derive(algorithm, password, salt, iterations, hash.length * 8);
        return MessageDigest.isEqual(candidate, hash);
    }

    public String encoded() {
        Base64.Encoder base64 = Base64.getEncoder();
        return algorithm + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    @Override
    public String toString() {
        return "PasswordHash[" + algorithm + ", " + iterations + " iterations]";
    }

    private static byte[] derive(String algorithm, char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}
