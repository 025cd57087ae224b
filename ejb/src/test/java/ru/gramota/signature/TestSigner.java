package ru.gramota.signature;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Makes detached CMS signatures the way a signer's workstation would, with a throw-away self-signed
 * certificate. Test support only; also used by the integration tests inside the server.
 */
public final class TestSigner {

    /** Key algorithms met in Russian document flows. */
    public enum KeyKind {
        GOST_2012_256(
                "ECGOST3410-2012",
                new ECGenParameterSpec("Tc26-Gost-3410-12-256-paramSetA"),
                "GOST3411-2012-256WITHECGOST3410-2012-256"),
        GOST_2012_512(
                "ECGOST3410-2012",
                new ECGenParameterSpec("Tc26-Gost-3410-12-512-paramSetA"),
                "GOST3411-2012-512WITHECGOST3410-2012-512"),
        RSA("RSA", new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), "SHA256withRSA"),
        ECDSA("EC", new ECGenParameterSpec("secp256r1"), "SHA256withECDSA");

        final String keyAlgorithm;
        final AlgorithmParameterSpec parameters;
        final String signatureAlgorithm;

        KeyKind(String keyAlgorithm, AlgorithmParameterSpec parameters, String signatureAlgorithm) {
            this.keyAlgorithm = keyAlgorithm;
            this.parameters = parameters;
            this.signatureAlgorithm = signatureAlgorithm;
        }
    }

    private final KeyKind kind;
    private final KeyPair keys;
    private final X509CertificateHolder certificate;

    public TestSigner(KeyKind kind, String subject) throws Exception {
        this.kind = kind;
        KeyPairGenerator generator = KeyPairGenerator.getInstance(kind.keyAlgorithm, BouncyCastle.PROVIDER);
        generator.initialize(kind.parameters);
        this.keys = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name(subject);
        this.certificate = new JcaX509v3CertificateBuilder(
                        name,
                        BigInteger.valueOf(now.toEpochMilli()),
                        Date.from(now.minus(Duration.ofDays(1))),
                        Date.from(now.plus(Duration.ofDays(365))),
                        name,
                        keys.getPublic())
                .build(contentSigner());
    }

    /** A detached CMS signature (DER) over the content, carrying the signer's certificate. */
    public byte[] signDetached(byte[] content) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                        .setProvider(BouncyCastle.PROVIDER)
                        .build())
                .build(contentSigner(), certificate));
        generator.addCertificate(certificate);
        return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
    }

    public X509CertificateHolder certificate() {
        return certificate;
    }

    private ContentSigner contentSigner() throws Exception {
        return new JcaContentSignerBuilder(kind.signatureAlgorithm)
                .setProvider(BouncyCastle.PROVIDER)
                .build(keys.getPrivate());
    }
}
