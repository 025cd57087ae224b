package ru.gramota.batch.generator;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.SettingSource;
import ru.gramota.registry.RegistryReason;

/**
 * Whether installation administrators may load generated registrations ({@code
 * GRAMOTA_GENERATOR_ENABLED}, {@code false} by default), read once when the batch module starts: a
 * value other than {@code true} or {@code false} stops the deployment with its reason.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class GeneratorSettings {

    static final String ENABLED = "gramota.generator.enabled";

    @Inject
    private Config config;

    private boolean enabled;

    @PostConstruct
    void read() {
        enabled = SettingSource.checked(() -> read(SettingSource.of(config)));
    }

    static boolean read(SettingSource settings) {
        return settings.flag(ENABLED, false);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Refuses, saying how to turn it on, unless the installation allows generated data and its benchmarks. */
    public void requireEnabled() {
        if (!enabled) {
            throw new AccessDeniedException(RegistryReason.GENERATOR_OFF);
        }
    }
}
