package ru.gramota.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** Which database the installation runs on, for the few statements that only one of them needs. */
public final class DatabaseProduct {

    private static volatile boolean postgreSQL;

    private DatabaseProduct() {}

    /**
     * Whether the database is PostgreSQL rather than H2; known from start-up on, once {@link
     * DatabaseSchema} has migrated the schema.
     */
    public static boolean isPostgreSQL() {
        return postgreSQL;
    }

    static void recognise(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            postgreSQL = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is: " + e.getMessage(), e);
        }
    }
}
