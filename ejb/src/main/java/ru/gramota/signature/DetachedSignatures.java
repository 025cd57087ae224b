package ru.gramota.signature;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataParser;
import org.bouncycastle.cms.CMSTypedStream;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Selector;

/**
 * Checks detached CMS signatures against the content they sign. The content is streamed, so a
 * 200 MB scan is never held in memory; the signature itself is small and read whole.
 */
public final class DetachedSignatures {

    private DetachedSignatures() {}

    /**
     * Checks every signer of {@code signature} over {@code content}.
     *
     * @throws MalformedSignatureException if the bytes are not a CMS signature, or carry no signer
     */
    public static List<SignerCheck> check(InputStream content, byte[] signature) throws IOException {
        CMSSignedDataParser parser;
        Collection<SignerInformation> signers;
        try {
            parser = new CMSSignedDataParser(
                    new JcaDigestCalculatorProviderBuilder()
                            .setProvider(BouncyCastle.PROVIDER)
                            .build(),
                    new CMSTypedStream(content),
                    signature);
            parser.getSignedContent().drain();
            signers = parser.getSignerInfos().getSigners();
        } catch (CMSException | OperatorCreationException | IllegalArgumentException | ClassCastException e) {
            throw new MalformedSignatureException("Not a readable CMS signature: " + e.getMessage(), e);
        }
        if (signers.isEmpty()) {
            throw new MalformedSignatureException("The signature has no signer");
        }
        List<SignerCheck> checks = new ArrayList<>(signers.size());
        for (SignerInformation signer : signers) {
            checks.add(check(signer, parser));
        }
        return checks;
    }

    @SuppressWarnings("unchecked") // Bouncy Castle's SignerId is a raw Selector
    private static SignerCheck check(SignerInformation signer, CMSSignedDataParser parser) {
        Collection<X509CertificateHolder> certificates;
        try {
            certificates = parser.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
        } catch (CMSException e) {
            throw new MalformedSignatureException("The certificates in the signature are unreadable", e);
        }
        if (certificates.isEmpty()) {
            return new SignerCheck(
                    false,
                    signer.getSID().getIssuer() == null
                            ? "unknown"
                            : signer.getSID().getIssuer().toString(),
                    signer.getSID().getSerialNumber(),
                    null,
                    null,
                    signer.getEncryptionAlgOID(),
                    signingTime(signer),
                    Optional.of("The signer's certificate is not in the signature"));
        }
        X509CertificateHolder certificate = certificates.iterator().next();
        boolean valid;
        Optional<String> problem = Optional.empty();
        try {
            valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(certificate));
            if (!valid) {
                problem = Optional.of("The signature value does not match the content");
            }
        } catch (CMSException e) {
            valid = false;
            problem = Optional.of("The signature value does not match the content: " + e.getMessage());
        } catch (OperatorCreationException | CertificateException e) {
            valid = false;
            problem = Optional.of("Unsupported signature algorithm or certificate: " + e.getMessage());
        }
        return new SignerCheck(
                valid,
                certificate.getSubject().toString(),
                certificate.getSerialNumber(),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                signer.getEncryptionAlgOID(),
                signingTime(signer),
                problem);
    }

    private static Optional<Instant> signingTime(SignerInformation signer) {
        if (signer.getSignedAttributes() == null) {
            return Optional.empty();
        }
        Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return Optional.empty();
        }
        return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0))
                .getDate()
                .toInstant());
    }
}
