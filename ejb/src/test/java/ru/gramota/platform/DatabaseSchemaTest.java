package ru.gramota.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations against H2 of the version WildFly ships, in the mode the server's datasource uses. */
class DatabaseSchemaTest {

    private final JdbcDataSource h2 = new JdbcDataSource();

    DatabaseSchemaTest() {
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
    }

    @Test
    void theMigrationsBuildTheSchemaInAnEmptyDatabase() throws Exception {
        DatabaseSchema.migrate(h2, DatabaseSchema.MIGRATIONS);

        try (Connection connection = h2.getConnection();
                ResultSet tables =
                        connection.getMetaData().getTables(null, DatabaseSchema.SCHEMA, "organisation", null)) {
            assertTrue(tables.next(), "gramota.organisation exists");
        }
    }

    @Test
    void migratingTwiceAppliesNothingTheSecondTime() {
        DatabaseSchema.migrate(h2, DatabaseSchema.MIGRATIONS);

        assertEquals(0, DatabaseSchema.migrate(h2, DatabaseSchema.MIGRATIONS).migrationsExecuted);
    }

    @Test
    void organisationsStoredBeforeVersion6GetTheirSearchKeysFromTheJavaMigration() throws Exception {
        DatabaseSchema.migrateTo(h2, "6", DatabaseSchema.MIGRATIONS);
        try (Connection connection = h2.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "insert into gramota.organisation (id, code, name, short_name, kind, active, version)"
                            + " values (1, 'MR-BER', 'Администрация  Берёзовского района', 'Берёзовский район',"
                            + " 'MUNICIPAL_DISTRICT', true, 0)");
        }

        assertEquals(1, DatabaseSchema.migrateTo(h2, "7", DatabaseSchema.MIGRATIONS).migrationsExecuted);

        try (Connection connection = h2.getConnection();
                Statement statement = connection.createStatement();
                ResultSet key = statement.executeQuery("select search_key from gramota.organisation where id = 1")) {
            assertTrue(key.next());
            assertEquals("mr-ber администрация березовского района березовский район", key.getString(1));
        }
    }

    @Test
    void auditRecordsSealedBeforeVersion9KeepTheirPlaceAndNewNumbersFollowThem() throws Exception {
        DatabaseSchema.migrateTo(h2, "8", DatabaseSchema.MIGRATIONS);
        try (Connection connection = h2.getConnection();
                Statement statement = connection.createStatement()) {
            for (int seq = 1; seq <= 3; seq++) {
                statement.executeUpdate("insert into gramota.audit_record (seq, occurred_at, actor, action,"
                        + " object_type, object_id, prev_hash, hash) values (" + seq + ", current_timestamp,"
                        + " 'system', 'CREATE', 'ORGANISATION', 'X', 'p" + seq + "', 'h" + seq + "')");
            }
            statement.executeUpdate("update gramota.audit_chain set last_seq = 3, last_hash = 'h3'");
        }

        DatabaseSchema.migrate(h2, DatabaseSchema.MIGRATIONS);

        try (Connection connection = h2.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet third =
                    statement.executeQuery("select chain_position, prev_seq from gramota.audit_record where seq = 3")) {
                assertTrue(third.next());
                assertEquals(3, third.getLong(1));
                assertEquals(2, third.getLong(2));
            }
            try (ResultSet head =
                    statement.executeQuery("select last_position, last_record, last_hash from gramota.audit_chain")) {
                assertTrue(head.next());
                assertEquals(List.of(3L, 3L, "h3"), List.of(head.getLong(1), head.getLong(2), head.getString(3)));
            }
            try (ResultSet next = statement.executeQuery("select next value for gramota.audit_record_seq")) {
                assertTrue(next.next());
                assertEquals(4, next.getLong(1));
            }
        }
    }

    @Test
    void aFailedMigrationStopsWithOneLogLineNamingIt() {
        List<LogRecord> severe = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel() == Level.SEVERE) {
                    severe.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(DatabaseSchema.class.getName());
        logger.addHandler(capture);
        try {
            IllegalStateException failure =
                    assertThrows(IllegalStateException.class, () -> DatabaseSchema.migrate(h2, "classpath:db/broken"));

            assertTrue(failure.getMessage().contains("Database migration failed"), failure.getMessage());
            assertEquals(1, severe.size());
            assertTrue(
                    severe.get(0).getMessage().contains("V2__broken.sql"),
                    severe.get(0).getMessage());
        } finally {
            logger.removeHandler(capture);
        }
    }
}
