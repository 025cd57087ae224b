package ru.gramota.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import ru.gramota.platform.CheckedSettings;
import ru.gramota.platform.InvalidSettingException;
import ru.gramota.platform.SettingSource;

/**
 * Whether notices are mailed, and the address their links point to. Mail goes out through the
 * server's mail session {@code java:jboss/mail/gramota} (standalone-config, 55-mail.cli), whose SMTP
 * server is {@code GRAMOTA_SMTP_HOST}: unset, notices stay in the inbox only.
 */
@ApplicationScoped
class InboxSettings implements CheckedSettings {

    static final String SMTP_HOST = "gramota.smtp.host";
    static final String PUBLIC_URL = "gramota.public-url";

    private Optional<String> smtpHost;
    private String publicUrl;

    /** For the container's proxy only. */
    protected InboxSettings() {}

    @Inject
    InboxSettings(Config config) {
        this(SettingSource.of(config));
    }

    InboxSettings(SettingSource settings) {
        smtpHost = settings.text(SMTP_HOST).map(String::strip).filter(h -> !h.isEmpty());
        publicUrl = settings.text(PUBLIC_URL, "http://localhost:8080").strip().replaceAll("/+$", "");
        if (!publicUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new InvalidSettingException(
                    PUBLIC_URL, "must be an http or https address, such as https://sed.region.ru, not " + publicUrl);
        }
    }

    @Override
    public String feature() {
        return "inbox";
    }

    /** Whether a mail server is configured. */
    boolean mailing() {
        return smtpHost.isPresent();
    }

    /** The absolute address of a page of the application, for a mail. */
    String address(String link) {
        return publicUrl + link;
    }
}
