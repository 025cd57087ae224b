package ru.gramota.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.gramota.platform.InvalidSettingException;
import ru.gramota.platform.SettingSource;

class AccessSettingsTest {

    @Test
    void withNothingConfiguredTheDefaultsHold() {
        AccessSettings settings = new AccessSettings(SettingSource.of(Map.of()));

        assertEquals(new PasswordPolicy(10), settings.passwordPolicy());
        assertEquals(new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1)), settings.lockoutPolicy());
        assertEquals(Duration.ofMinutes(30), settings.tokenIdleTimeout());
        assertEquals(Duration.ofHours(12), settings.tokenLifetime());
        assertTrue(settings.directory().isEmpty());
        assertTrue(settings.openId().isEmpty());
        assertEquals(Optional.empty(), settings.adminPassword());
        assertEquals("REGION", settings.regionCode());
        assertEquals("Субъект Российской Федерации", settings.regionName());
    }

    @Test
    void configuredValuesAreUsed() {
        AccessSettings settings = new AccessSettings(SettingSource.of(Map.of(
                "gramota.password.min-length", "14",
                "gramota.sign-in.max-failures", "3",
                "gramota.sign-in.lockout", "PT5M",
                "gramota.sign-in.longest-lockout", "PT2H",
                "gramota.api.token.lifetime", "PT8H",
                "gramota.ldap.url", "ldaps://ldap.region.ru",
                "gramota.ldap.user-dn-pattern", "uid={0},ou=people,dc=region,dc=ru",
                "gramota.oidc.provider-url", "https://id.region.ru/realms/region",
                "gramota.oidc.client-id", "gramota",
                "gramota.oidc.client-secret", "secret")));

        assertEquals(14, settings.passwordPolicy().minLength());
        assertEquals(new LockoutPolicy(3, Duration.ofMinutes(5), Duration.ofHours(2)), settings.lockoutPolicy());
        assertEquals(Duration.ofHours(8), settings.tokenLifetime());
        assertTrue(settings.directory().isPresent());
        assertEquals("gramota", settings.openId().orElseThrow().clientId());
    }

    @Test
    void aLockoutThatIsNoDurationStopsTheStart() {
        InvalidSettingException e = refused(Map.of("gramota.sign-in.lockout", "soon"));

        assertEquals("gramota.sign-in.lockout", e.property());
    }

    @Test
    void aLongestLockoutShorterThanTheFirstIsRefused() {
        InvalidSettingException e =
                refused(Map.of("gramota.sign-in.lockout", "PT2H", "gramota.sign-in.longest-lockout", "PT1H"));

        assertEquals(
                "Setting GRAMOTA_SIGN_IN_LONGEST_LOCKOUT (gramota.sign-in.longest-lockout) is 'PT1H':"
                        + " expected at least GRAMOTA_SIGN_IN_LOCKOUT (PT2H)",
                e.getMessage());
    }

    @Test
    void aNegativeOrTooShortPasswordLengthIsRefused() {
        assertEquals(
                "gramota.password.min-length",
                refused(Map.of("gramota.password.min-length", "-1")).property());
        assertEquals(
                "gramota.password.min-length",
                refused(Map.of("gramota.password.min-length", "7")).property());
        assertEquals(
                "gramota.sign-in.max-failures",
                refused(Map.of("gramota.sign-in.max-failures", "0")).property());
    }

    @Test
    void halfAnLdapConfigurationIsRefused() {
        assertEquals(
                "gramota.ldap.url",
                refused(Map.of("gramota.ldap.user-dn-pattern", "uid={0}")).property());
        assertEquals(
                "gramota.ldap.user-dn-pattern",
                refused(Map.of("gramota.ldap.url", "ldap://localhost")).property());
        assertEquals(
                "gramota.ldap.user-dn-pattern",
                refused(Map.of("gramota.ldap.url", "ldap://localhost", "gramota.ldap.user-dn-pattern", "uid=x"))
                        .property());
        assertEquals(
                "gramota.ldap.url",
                refused(Map.of("gramota.ldap.url", "localhost", "gramota.ldap.user-dn-pattern", "uid={0}"))
                        .property());
    }

    @Test
    void anOpenIdProviderWithoutItsClientIsRefusedWithTheReason() {
        InvalidSettingException e = refused(Map.of("gramota.oidc.provider-url", "https://id.region.ru"));

        assertTrue(e.getMessage().contains("GRAMOTA_OIDC_CLIENT_ID is required"), e.getMessage());
    }

    private static InvalidSettingException refused(Map<String, String> values) {
        return assertThrows(InvalidSettingException.class, () -> new AccessSettings(SettingSource.of(values)));
    }
}
