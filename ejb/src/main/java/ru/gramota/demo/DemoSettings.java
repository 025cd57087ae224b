package ru.gramota.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import ru.gramota.platform.CheckedSettings;
import ru.gramota.platform.SettingSource;

/**
 * Whether to load the demo region, and the demo users' password, read once at start-up. The region
 * it hangs under is the administrator's ({@link ru.gramota.access.AccessSettings#regionCode()}).
 */
@ApplicationScoped
class DemoSettings implements CheckedSettings {

    static final String DEMO_DATA = "gramota.demo-data";
    static final String PASSWORD = "gramota.demo.password";

    private boolean enabled;
    private Optional<String> password;

    /** For the container's proxy only. */
    protected DemoSettings() {}

    @Inject
    DemoSettings(Config config) {
        this(SettingSource.of(config));
    }

    public DemoSettings(SettingSource settings) {
        enabled = settings.flag(DEMO_DATA, false);
        password = settings.text(PASSWORD);
    }

    @Override
    public String feature() {
        return "demo";
    }

    /** {@code GRAMOTA_DEMO_DATA=true}: load the demo region once. */
    public boolean enabled() {
        return enabled;
    }

    /** The demo users' password; empty: a random one, printed once. */
    public Optional<String> password() {
        return password;
    }
}
