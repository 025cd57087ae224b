import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline: the mix in PostgreSQL full-text search over the same titles and file texts, in a table
 * {@code bench_search_text} made for the run (a tsvector with a GIN index) and dropped after.
 */
final class PostgresFullText {

    private PostgresFullText() {}

    /**
     * The mix in PostgreSQL full-text search: the same titles and file texts in a tsvector with a GIN index,
     * the clerk's organisation as the access filter, top 20 by ts_rank, the total and the five facet counts.
     */
    static Load.Line measure(
            Connection db, String url, String clerkName, List<MixQuery> mix, int clients, int warmUp, int seconds)
            throws Exception {
        long organisation;
        try (PreparedStatement s = db.prepareStatement("select organisation_id from gramota.user_account where username = ?")) {
            s.setString(1, clerkName);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("No user " + clerkName + " in the database");
                }
                organisation = r.getLong(1);
            }
        }
        long began = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("drop table if exists bench_search_text");
            s.execute("create table bench_search_text as select d.id, d.organisation_id, d.kind, d.status,"
                    + " extract(year from d.registered_at)::int as year, d.journal_id, d.registration_number,"
                    + " d.registered_at, to_tsvector('russian', coalesce(d.title, '') || ' ' || coalesce(d.correspondent_number, '')"
                    + " || ' ' || coalesce(d.signatory_name, '') || ' ' || coalesce((select string_agg(f.extracted_text, ' ')"
                    + " from gramota.document_file f where f.document_id = d.id), '')) as words"
                    + " from gramota.document d where d.status <> 'DRAFT'");
            s.execute("create index bench_search_text_words on bench_search_text using gin (words)");
            s.execute("create index bench_search_text_number on bench_search_text (registration_number text_pattern_ops)");
            s.execute("analyze bench_search_text");
        }
        System.out.printf("PostgreSQL full-text table and GIN index made in %.0f s%n", (System.nanoTime() - began) / 1e9);
        List<Connection> connections = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            connections.add(DriverManager.getConnection(url));
        }
        ThreadLocal<Integer> mine = new ThreadLocal<>();
        AtomicInteger next = new AtomicInteger();
        long org = organisation;
        try {
            return Load.run("PostgreSQL full-text (GIN, ts_rank)", mix.size(), clients, warmUp, seconds, i -> {
                if (mine.get() == null) {
                    mine.set(next.getAndIncrement());
                }
                return search(connections.get(mine.get()), org, mix.get(i));
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
            try (Statement s = db.createStatement()) {
                s.execute("drop table if exists bench_search_text");
            }
        }
    }

    private static String search(Connection db, long organisation, MixQuery q) throws Exception {
        String match;
        String argument;
        if (q.q().endsWith("*")) {
            match = "registration_number like ?";
            argument = q.q().substring(0, q.q().length() - 1) + "%";
        } else if (q.q().startsWith("\"")) {
            match = "words @@ phraseto_tsquery('russian', ?)";
            argument = q.q().replace("\"", "");
        } else {
            match = "words @@ plainto_tsquery('russian', ?)";
            argument = q.q();
        }
        StringBuilder where = new StringBuilder(match + " and organisation_id = ?");
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> f : q.facets().entrySet()) {
            switch (f.getKey()) {
                case "kind" -> where.append(" and kind = ?");
                case "status" -> where.append(" and status = ?");
                case "year" -> where.append(" and year = ?::int");
                default -> throw new IllegalArgumentException(f.getKey());
            }
            values.add(f.getValue());
        }
        String rank = q.q().endsWith("*") ? "0" : "ts_rank(words, plainto_tsquery('russian', ?))";
        String sql = "with m as materialized (select id, kind, status, year, journal_id, organisation_id, registered_at, "
                + rank + " as r from bench_search_text where " + where + ")"
                + " select 0 as part, id, r, null as kind, null as status, null::int as year, null::bigint as journal,"
                + " null::bigint as org, null::bigint as n from (select * from m order by r desc, registered_at desc, id desc"
                + " limit 20) top"
                + " union all select 1, null, null, kind, status, year, journal_id, organisation_id, count(*) from m"
                + " group by grouping sets ((), (kind), (status), (year), (journal_id), (organisation_id))";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            int p = 1;
            if (!q.q().endsWith("*")) {
                s.setString(p++, q.q().replace("\"", ""));
            }
            s.setString(p++, argument);
            s.setLong(p++, organisation);
            for (String v : values) {
                s.setString(p++, v);
            }
            int rows = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows++;
                }
            }
            return Integer.toString(rows);
        }
    }
}
