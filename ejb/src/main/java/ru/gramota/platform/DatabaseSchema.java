package ru.gramota.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import ru.gramota.platform.migration.V10__audit_record_sequence;
import ru.gramota.platform.migration.V7__organisation_search_keys;

/**
 * Brings the database schema up to date before anything else in the application starts.
 *
 * <p>The migrations in {@code db/migration} are the only source of the schema {@value #SCHEMA}, for
 * H2 and PostgreSQL alike; Hibernate never creates or alters tables. A failed migration stops the
 * deployment: the exception leaves {@link #migrateAtStartup()} and WildFly marks the deployment
 * failed, after one log line that says which migration failed and why. Start-up beans that use the
 * database declare {@code @DependsOn("DatabaseSchema")}. The settings are checked before ({@link
 * SettingsCheck}).
 */
@Singleton
@Startup
@DependsOn("SettingsCheck")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseSchema {

    /**
     * Gramota's tables live in their own schema; the server's Jakarta Batch job repository keeps its
     * tables in the default one.
     */
    public static final String SCHEMA = "gramota";

    static final String MIGRATIONS = "classpath:db/migration";

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    @Resource(lookup = "java:jboss/datasources/GramotaDS")
    private DataSource dataSource;

    @PostConstruct
    void migrateAtStartup() {
        migrate(dataSource, MIGRATIONS);
        DatabaseProduct.recognise(dataSource);
    }

    /**
     * Applies the pending migrations found at {@code locations}.
     *
     * @throws IllegalStateException if a migration fails; the database is left at the last version
     *     that succeeded
     */
    static MigrateResult migrate(DataSource dataSource, String... locations) {
        return migrateTo(dataSource, null, locations);
    }

    /**
     * Applies the pending migrations found at {@code locations} up to {@code target} (all when null).
     * The Java migrations are named here rather than found by scanning the class path, which the
     * server's module class loaders do not support; they belong to {@link #MIGRATIONS}.
     */
    static MigrateResult migrateTo(DataSource dataSource, String target, String... locations) {
        FluentConfiguration configuration = Flyway.configure(DatabaseSchema.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .locations(locations)
                .validateMigrationNaming(true);
        if (Arrays.asList(locations).contains(MIGRATIONS)) {
            configuration.javaMigrations(new V7__organisation_search_keys(), new V10__audit_record_sequence());
        }
        if (target != null) {
            configuration.target(target);
        }
        Flyway flyway = configuration.load();
        try {
            MigrateResult result = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            LOG.info(() -> String.format(
                    "Database schema %s is at version %s (%d migration(s) applied now, database %s)",
                    SCHEMA,
                    current == null ? "none" : current.getVersion(),
                    result.migrationsExecuted,
                    result.database));
            return result;
        } catch (FlywayException e) {
            LOG.log(
                    Level.SEVERE,
                    "Database migration failed; Gramota does not start until it is fixed: " + e.getMessage(),
                    e);
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }
}
