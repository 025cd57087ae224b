package ru.gramota.dispatch;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.UUID;
import ru.gramota.selfcheck.SelfCheckProbes;

/**
 * Sends a self-check probe: writes the probe row and sends its message in the caller's JTA
 * transaction, through the XA connection factory. If the transaction rolls back, neither the row nor
 * the message exists.
 */
@Stateless
public class SelfCheck {

    static final String QUEUE = "java:/jms/queue/gramota/SelfCheck";

    @Resource(lookup = "java:/JmsXA")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = QUEUE)
    private Queue queue;

    @EJB
    private SelfCheckProbes probes;

    /** Sends a new probe and returns its id. */
    public UUID send() {
        UUID id = UUID.randomUUID();
        probes.sent(id);
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer()
                    // Artemis drops a second message with the same id: a retried send is not a second probe.
                    .setProperty("_AMQ_DUPL_ID", id.toString())
                    .send(queue, id.toString());
        }
        return id;
    }
}
