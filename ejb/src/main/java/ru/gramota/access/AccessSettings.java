package ru.gramota.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import ru.gramota.platform.CheckedSettings;
import ru.gramota.platform.SettingSource;

/**
 * The settings of signing in and of the first administrator, read once at start-up: the password
 * policy, the lockout, API token durations, the LDAP directory and the OpenID Connect provider (when
 * configured), the region the administrator belongs to. A value that cannot be used stops the
 * deployment with its reason.
 */
@ApplicationScoped
public class AccessSettings implements CheckedSettings {

    static final String PASSWORD_MIN_LENGTH = "gramota.password.min-length";
    static final String MAX_FAILURES = "gramota.sign-in.max-failures";
    static final String LOCKOUT = "gramota.sign-in.lockout";
    static final String LONGEST_LOCKOUT = "gramota.sign-in.longest-lockout";
    static final String TOKEN_IDLE_TIMEOUT = "gramota.api.token.idle-timeout";
    static final String TOKEN_LIFETIME = "gramota.api.token.lifetime";
    static final String LDAP_URL = "gramota.ldap.url";
    static final String LDAP_USER_DN_PATTERN = "gramota.ldap.user-dn-pattern";
    static final String ADMIN_PASSWORD = "gramota.admin.password";
    static final String REGION_CODE = "gramota.region.code";
    static final String REGION_NAME = "gramota.region.name";

    /** The root organisation's code when none is configured. */
    public static final String DEFAULT_REGION_CODE = "REGION";

    private PasswordPolicy passwordPolicy;
    private LockoutPolicy lockoutPolicy;
    private Duration tokenIdleTimeout;
    private Duration tokenLifetime;
    private Optional<LdapDirectory> directory;
    private Optional<OpenIdSettings> openId;
    private Optional<String> adminPassword;
    private String regionCode;
    private String regionName;

    /** For the container's proxy only. */
    protected AccessSettings() {}

    @Inject
    AccessSettings(Config config) {
        this(SettingSource.of(config));
    }

    public AccessSettings(SettingSource settings) {
        passwordPolicy = new PasswordPolicy(
                settings.number(PASSWORD_MIN_LENGTH, 10, PasswordPolicy.LEAST_MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        Duration lockout = settings.duration(LOCKOUT, Duration.ofMinutes(1));
        Duration longest = settings.duration(LONGEST_LOCKOUT, Duration.ofHours(1));
        if (longest.compareTo(lockout) < 0) {
            throw SettingSource.invalid(
                    LONGEST_LOCKOUT,
                    longest.toString(),
                    "at least " + SettingSource.environmentVariable(LOCKOUT) + " (" + lockout + ")");
        }
        lockoutPolicy = new LockoutPolicy(settings.number(MAX_FAILURES, 5, 1, 1000), lockout, longest);
        tokenIdleTimeout = settings.duration(TOKEN_IDLE_TIMEOUT, Duration.ofMinutes(30));
        tokenLifetime = settings.duration(TOKEN_LIFETIME, Duration.ofHours(12));
        directory = directory(settings);
        openId = openId(settings);
        adminPassword = settings.text(ADMIN_PASSWORD);
        regionCode = settings.text(REGION_CODE, DEFAULT_REGION_CODE);
        regionName = settings.text(REGION_NAME, "Субъект Российской Федерации");
    }

    private static Optional<LdapDirectory> directory(SettingSource settings) {
        Optional<String> url = settings.text(LDAP_URL).map(String::strip);
        Optional<String> pattern = settings.text(LDAP_USER_DN_PATTERN).map(String::strip);
        if (url.isEmpty() && pattern.isEmpty()) {
            return Optional.empty();
        }
        if (url.isEmpty()) {
            throw SettingSource.invalid(
                    LDAP_URL, "is required with " + SettingSource.environmentVariable(LDAP_USER_DN_PATTERN));
        }
        if (!url.get().matches("(?i)ldaps?://.+")) {
            throw SettingSource.invalid(LDAP_URL, url.get(), "an ldap:// or ldaps:// URL");
        }
        if (pattern.isEmpty() || !pattern.get().contains("{0}")) {
            throw SettingSource.invalid(
                    LDAP_USER_DN_PATTERN,
                    pattern.orElse(""),
                    "a DN with {0} for the user name, e.g. uid={0},ou=people,dc=region,dc=ru");
        }
        return Optional.of(new LdapDirectory(url.get(), pattern.get()));
    }

    private static Optional<OpenIdSettings> openId(SettingSource settings) {
        try {
            return OpenIdSettings.of(
                    settings.text("gramota.oidc.provider-url"),
                    settings.text("gramota.oidc.client-id"),
                    settings.text("gramota.oidc.client-secret"),
                    settings.text("gramota.oidc.provider-name"),
                    settings.text("gramota.oidc.username-claim"),
                    settings.text("gramota.oidc.redirect-uri"));
        } catch (IllegalArgumentException e) {
            throw SettingSource.invalid("gramota.oidc.provider-url", e.getMessage());
        }
    }

    @Override
    public String feature() {
        return "access";
    }

    public PasswordPolicy passwordPolicy() {
        return passwordPolicy;
    }

    public LockoutPolicy lockoutPolicy() {
        return lockoutPolicy;
    }

    /** How long an unused API token stays valid. */
    public Duration tokenIdleTimeout() {
        return tokenIdleTimeout;
    }

    /** How long any API token stays valid. */
    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    /** The LDAP directory that checks passwords; empty: passwords are checked against their hashes. */
    public Optional<LdapDirectory> directory() {
        return directory;
    }

    /** The OpenID Connect provider to sign in through; empty: none. */
    public Optional<OpenIdSettings> openId() {
        return openId;
    }

    /** The first administrator's password; empty: a random one, printed once. */
    public Optional<String> adminPassword() {
        return adminPassword;
    }

    /** The code of the region's root organisation, created with the first administrator. */
    public String regionCode() {
        return regionCode;
    }

    public String regionName() {
        return regionName;
    }
}
