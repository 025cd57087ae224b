package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.gramota.signature.DetachedSignatures;
import ru.gramota.signature.SignerCheck;
import ru.gramota.signature.TestSigner;

/** Bouncy Castle from the EAR's lib/, unmodified and signed, working inside WildFly. */
@ExtendWith(ArquillianExtension.class)
class DetachedSignatureIT {

    private static final byte[] ACT =
            "ПОСТАНОВЛЕНИЕ от 20.11.2026 № 345-п «Об утверждении порядка»".getBytes(StandardCharsets.UTF_8);

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aGostSignatureMadeInTheServerVerifiesAndAChangedByteBreaksIt() throws Exception {
        TestSigner signer = new TestSigner(TestSigner.KeyKind.GOST_2012_256, "CN=Глава администрации");
        byte[] signature = signer.signDetached(ACT);
        byte[] changed = ACT.clone();
        changed[0] ^= 1;

        SignerCheck unchanged = DetachedSignatures.check(new ByteArrayInputStream(ACT), signature)
                .get(0);
        SignerCheck tampered = DetachedSignatures.check(new ByteArrayInputStream(changed), signature)
                .get(0);

        assertTrue(unchanged.valueValid(), () -> unchanged.problem().orElse(""));
        assertFalse(tampered.valueValid());
    }

    @Test
    void anRsaSignatureVerifiesAndAChangedByteBreaksIt() throws Exception {
        TestSigner signer = new TestSigner(TestSigner.KeyKind.RSA, "CN=Удостоверяющий центр");
        byte[] signature = signer.signDetached(ACT);
        byte[] changed = ACT.clone();
        changed[ACT.length - 1] ^= 1;

        assertTrue(DetachedSignatures.check(new ByteArrayInputStream(ACT), signature)
                .get(0)
                .valueValid());
        assertFalse(DetachedSignatures.check(new ByteArrayInputStream(changed), signature)
                .get(0)
                .valueValid());
    }
}
