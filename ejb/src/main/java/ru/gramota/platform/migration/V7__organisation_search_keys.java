package ru.gramota.platform.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import ru.gramota.org.Organisation;

/**
 * Fills the search key of the organisations stored before version 6, with the same Java function
 * that keeps it afterwards ({@link Organisation#searchKey}): SQL's {@code lower} depends on the
 * database's locale and does not turn ё into е.
 */
public class V7__organisation_search_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows = select.executeQuery(
                        "select id, code, name, short_name from organisation where search_key is null");
                PreparedStatement update = context.getConnection()
                        .prepareStatement("update organisation set search_key = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                update.setString(
                        1,
                        Organisation.searchKey(
                                rows.getString("code"), rows.getString("name"), rows.getString("short_name")));
                update.setLong(2, rows.getLong("id"));
                update.addBatch();
                if (++pending == 500) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
