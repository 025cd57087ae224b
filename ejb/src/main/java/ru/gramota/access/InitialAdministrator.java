package ru.gramota.access;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import ru.gramota.org.OrganisationKind;
import ru.gramota.org.Organisations;
import ru.gramota.platform.InvalidInputException;

/**
 * Gives a new installation its first administrator. On the first start with an empty database it
 * creates the root organisation of the region and the user {@value #USERNAME} with the system
 * administrator role there. The password is {@code GRAMOTA_ADMIN_PASSWORD} when set; otherwise a
 * random one is generated and written to the log this once. No password ships with Gramota.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
public class InitialAdministrator {

    public static final String USERNAME = "admin";

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());
    private static final int GENERATED_PASSWORD_LENGTH = 20;

    @EJB
    private UserAccounts accounts;

    @EJB
    private Organisations organisations;

    @Inject
    private AccessSettings settings;

    @PostConstruct
    void createWhenDatabaseIsEmpty() {
        if (accounts.anyExist()) {
            return;
        }
        String regionCode = settings.regionCode();
        if (organisations.byCode(regionCode).isEmpty()) {
            organisations.create(regionCode, settings.regionName(), OrganisationKind.REGION, null);
        }
        Optional<String> configuredPassword = settings.adminPassword();
        boolean generated = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? RandomPassword.generate(GENERATED_PASSWORD_LENGTH) : configuredPassword.get();
        try {
            accounts.create(USERNAME, "Администратор системы", password.toCharArray(), regionCode);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(
                    "GRAMOTA_ADMIN_PASSWORD is not acceptable (" + e.getMessage() + "); set a stronger one", e);
        }
        accounts.grant(USERNAME, Role.SYSTEM_ADMIN, regionCode);
        if (generated) {
            LOG.warning(String.format(
                    "%n==================================================================%n"
                            + "  Gramota: initial administrator created.%n"
                            + "  User name: %s%n"
                            + "  Password:  %s%n"
                            + "  This password is shown once. Sign in and change it.%n"
                            + "==================================================================",
                    USERNAME, password));
        } else {
            LOG.info(() -> "Initial administrator '" + USERNAME + "' created with the password from"
                    + " GRAMOTA_ADMIN_PASSWORD");
        }
    }
}
