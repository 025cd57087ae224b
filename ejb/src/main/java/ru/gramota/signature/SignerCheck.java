package ru.gramota.signature;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

/**
 * What the check of one signer of a detached signature found: whether the signature value matches the
 * content, and who signed according to the certificate carried in the signature. The certificate
 * chain, revocation and key usage are judged elsewhere (trust anchors and CRLs come with the
 * signatures feature); this is the cryptographic part only.
 *
 * @param valueValid the signature value matches the content and the signer's public key
 * @param signatureAlgorithm the OID of the signature algorithm, e.g. 1.2.643.7.1.1.3.2 for ГОСТ Р
 *     34.10-2012 with Streebog-256
 * @param signingTime the signing time the signer claimed in the signed attributes, if any
 */
public record SignerCheck(
        boolean valueValid,
        String subject,
        BigInteger certificateSerial,
        Instant certificateNotBefore,
        Instant certificateNotAfter,
        String signatureAlgorithm,
        Optional<Instant> signingTime,
        Optional<String> problem) {}
