package ru.gramota.dispatch;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.UUID;
import ru.gramota.platform.NodeName;
import ru.gramota.selfcheck.SelfCheckProbes;

/**
 * Receives self-check probes and marks them received. One session, so probes are taken in the order
 * they were sent. A message that is not a probe fails and, after the configured attempts, goes to
 * the dead-letter queue.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = SelfCheck.QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
        })
public class SelfCheckReceiver implements MessageListener {

    @EJB
    private SelfCheckProbes probes;

    @Override
    public void onMessage(Message message) {
        try {
            String body = ((TextMessage) message).getText();
            probes.received(UUID.fromString(body), NodeName.current());
        } catch (JMSException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a self-check probe: " + message, e);
        }
    }
}
