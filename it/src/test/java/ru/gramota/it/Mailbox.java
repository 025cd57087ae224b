package ru.gramota.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;

/**
 * The test mail server (GreenMail) on the port both test servers mail to
 * ({@code GRAMOTA_SMTP_PORT}, it/pom.xml): what they mailed, by recipient.
 */
final class Mailbox implements AutoCloseable {

    private final GreenMail server;

    private Mailbox(GreenMail server) {
        this.server = server;
    }

    static Mailbox start() {
        GreenMail server = new GreenMail(new ServerSetup(
                Integer.parseInt(System.getProperty("gramota.it.smtp.port")), "localhost", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new Mailbox(server);
    }

    /** The mails received for the address. */
    long to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .count();
    }

    /** The subject of the first mail to the address, or null. */
    String subjectTo(String address) throws MessagingException {
        for (MimeMessage message : server.getReceivedMessages()) {
            if (addressedTo(message, address)) {
                return message.getSubject();
            }
        }
        return null;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
