package ru.gramota.platform.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the sequence that numbers audit records as they are appended (V9), starting after the
 * largest number already given. In Java because the start must be computed and the two databases
 * cannot set a sequence from a query in the same SQL (PostgreSQL's {@code setval} is not H2's, H2's
 * {@code restart with (select …)} is not PostgreSQL's). Steps by one: the numbers tell the order of
 * appending across nodes, which blocks of 50 per node would blur.
 */
public class V10__audit_record_sequence extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            long next;
            try (ResultSet row = statement.executeQuery("select coalesce(max(seq), 0) + 1 from audit_record")) {
                row.next();
                next = row.getLong(1);
            }
            statement.execute("create sequence audit_record_seq start with " + next + " increment by 1");
        }
    }
}
