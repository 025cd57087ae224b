package ru.gramota.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DetachedSignaturesTest {

    private static final byte[] LETTER =
            "О предоставлении информации по обращению гражданина".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(TestSigner.KeyKind.class)
    void aSignatureOverTheUnchangedContentIsValid(TestSigner.KeyKind kind) throws Exception {
        TestSigner signer = new TestSigner(kind, "CN=Петров Сергей Николаевич, O=Правительство Энской области");

        List<SignerCheck> checks =
                DetachedSignatures.check(new ByteArrayInputStream(LETTER), signer.signDetached(LETTER));

        assertEquals(1, checks.size());
        SignerCheck check = checks.get(0);
        assertTrue(check.valueValid(), () -> check.problem().orElse(""));
        assertEquals(signer.certificate().getSerialNumber(), check.certificateSerial());
        assertTrue(check.subject().contains("Петров Сергей Николаевич"), check.subject());
        assertTrue(check.signingTime().isPresent());
    }

    @ParameterizedTest
    @EnumSource(TestSigner.KeyKind.class)
    void oneChangedByteInTheContentMakesTheSignatureInvalid(TestSigner.KeyKind kind) throws Exception {
        TestSigner signer = new TestSigner(kind, "CN=Test");
        byte[] signature = signer.signDetached(LETTER);
        byte[] changed = LETTER.clone();
        changed[changed.length / 2] ^= 1;

        SignerCheck check = DetachedSignatures.check(new ByteArrayInputStream(changed), signature)
                .get(0);

        assertFalse(check.valueValid());
        assertTrue(check.problem().orElseThrow().contains("does not match the content"));
    }

    @Test
    void bytesThatAreNotASignatureAreRejectedAsMalformed() {
        assertThrows(
                MalformedSignatureException.class,
                () -> DetachedSignatures.check(
                        new ByteArrayInputStream(LETTER), "not a signature".getBytes(StandardCharsets.UTF_8)));
    }
}
