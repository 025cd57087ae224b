package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.gramota.dispatch.SelfCheck;
import ru.gramota.selfcheck.SelfCheckProbe;
import ru.gramota.selfcheck.SelfCheckProbes;

@ExtendWith(ArquillianExtension.class)
class TransactionalMessagingIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Inject
    private UserTransaction transaction;

    @EJB
    private SelfCheck selfCheck;

    @EJB
    private SelfCheckProbes probes;

    @Test
    void aMessageSentThroughJmsXaInACommittedTransactionIsConsumedByTheMdb() throws Exception {
        transaction.begin();
        UUID probe = selfCheck.send();
        transaction.commit();

        Awaiting.until("probe " + probe + " received", DELIVERY, () -> received(probe));
        assertTrue(probes.find(probe).orElseThrow().receivedBy().isPresent());
        assertTrue(probes.find(probe).orElseThrow().sentAt().isPresent());
    }

    @Test
    void aRolledBackTransactionSendsNothing() throws Exception {
        transaction.begin();
        UUID rolledBack = selfCheck.send();
        transaction.rollback();
        transaction.begin();
        UUID committed = selfCheck.send();
        transaction.commit();

        // The receiver takes messages one at a time in queue order: once the later, committed probe has
        // arrived, a leaked message from the rolled-back one would have arrived before it and been
        // recorded as "received without sending".
        Awaiting.until("probe " + committed + " received", DELIVERY, () -> received(committed));
        assertTrue(probes.find(rolledBack).isEmpty(), "no row and no message for the rolled-back probe");
    }

    private boolean received(UUID probe) {
        return probes.find(probe).flatMap(SelfCheckProbe::receivedAt).isPresent();
    }
}
