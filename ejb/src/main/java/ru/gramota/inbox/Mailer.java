package ru.gramota.inbox;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Mails posted notices through the server's mail session, each at most once across the cluster: a
 * notice is claimed in its own transaction before its mail is sent, so a node that finds it claimed
 * sends nothing. A mail that cannot be sent is logged and not retried; the notice stays in the inbox.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Mailer {

    /** The mail session the server configuration defines. */
    static final String SESSION = "java:jboss/mail/gramota";

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    /** A mail to send: the address, the subject, the text and the page it links to. */
    public record Mail(String to, String subject, String text, String link) {}

    @EJB
    private Inbox inbox;

    @Inject
    private InboxSettings settings;

    /** Mails the notices with these ids that nobody mailed yet; how many mails were sent. */
    public int mail(List<Long> ids) {
        if (!settings.mailing() || ids.isEmpty()) {
            return 0;
        }
        Optional<Session> session = session();
        if (session.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (long id : ids) {
            Optional<Mail> mail = inbox.claimForMail(id);
            if (mail.isPresent() && send(session.get(), mail.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Session session, Mail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.text() + "\n\n" + settings.address(mail.link()) + "\n", StandardCharsets.UTF_8.name());
            message.setFrom();
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not mail a notice to " + mail.to() + ": " + e.getMessage(), e);
            return false;
        }
    }

    private static Optional<Session> session() {
        try {
            return Optional.of(InitialContext.doLookup(SESSION));
        } catch (NamingException e) {
            LOG.warning("GRAMOTA_SMTP_HOST is set, but the server has no mail session " + SESSION
                    + " (standalone-config, 55-mail.cli): notices are not mailed");
            return Optional.empty();
        }
    }
}
