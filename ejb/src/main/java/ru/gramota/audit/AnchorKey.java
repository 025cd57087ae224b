package ru.gramota.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The installation's key for anchoring sealed heads: an Ed25519 key pair (the JDK's own), kept in one
 * PEM file (a {@code PRIVATE KEY} and a {@code PUBLIC KEY} block) that is created, readable by the
 * server's user only, at the first start. Keep a copy of the public key away from the server: with it,
 * anyone can check the anchor file.
 */
final class AnchorKey {

    private static final String ALGORITHM = "Ed25519";
    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN (PRIVATE|PUBLIC) KEY-----([^-]+)-----END \\1 KEY-----");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private AnchorKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key in {@code file}, made there first if there is none. */
    static AnchorKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return read(Files.readString(file, StandardCharsets.US_ASCII), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit anchor key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is missing from this JVM", e);
        }
        String pem = pem("PRIVATE", pair.getPrivate().getEncoded())
                + pem("PUBLIC", pair.getPublic().getEncoded());
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.writeString(file, pem, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            return; // made by someone else meanwhile: that one is the key
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static AnchorKey read(String pem, Path file) {
        byte[] privateBytes = null;
        byte[] publicBytes = null;
        Matcher block = BLOCK.matcher(pem);
        while (block.find()) {
            byte[] der = Base64.getMimeDecoder().decode(block.group(2));
            if (block.group(1).equals("PRIVATE")) {
                privateBytes = der;
            } else {
                publicBytes = der;
            }
        }
        if (privateBytes == null || publicBytes == null) {
            throw new IllegalStateException("The audit anchor key " + file + " lacks its private or public key");
        }
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            return new AnchorKey(
                    keys.generatePrivate(new PKCS8EncodedKeySpec(privateBytes)),
                    keys.generatePublic(new X509EncodedKeySpec(publicBytes)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit anchor key " + file + " is not an Ed25519 key pair", e);
        }
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + " KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + kind + " KEY-----\n";
    }

    byte[] sign(byte[] text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(text);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an audit anchor", e);
        }
    }

    boolean verifies(byte[] text, byte[] signed) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(text);
            return signature.verify(signed);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The first 16 hex digits of the public key's SHA-256, to name the key in the log. */
    String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
