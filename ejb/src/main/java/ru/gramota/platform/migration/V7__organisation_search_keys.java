package ru.gramota.platform.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the search key of the organisations stored before version 6 in Java, as {@code
 * ru.gramota.org.Organisation} computed it when this migration was written: SQL's {@code lower}
 * depends on the database's locale and does not turn ё into е.
 *
 * <p>Frozen, like every migration: it calls no domain class but keeps its own copy of the rule
 * ({@link #searchKey}), so that a later change to the domain's rule cannot make a fresh installation
 * differ from an upgraded one. A changed rule gets a migration of its own.
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
                        1, searchKey(rows.getString("code"), rows.getString("name"), rows.getString("short_name")));
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

    /** The code and names in lower case, ё as е, runs of spaces as one. */
    private static String searchKey(String code, String name, String shortName) {
        String text = code + " " + name + (shortName == null ? "" : " " + shortName);
        return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }
}
