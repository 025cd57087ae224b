import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Raw one-row insert transactions on the installation's database, one connection per client, in
 * a table of the benchmark's own that is dropped at the end.
 */
final class RawInserts implements AutoCloseable {
    private final String url;
    private final ThreadLocal<PreparedStatement> statement = new ThreadLocal<>();
    private final ConcurrentLinkedQueue<Connection> connections = new ConcurrentLinkedQueue<>();

    RawInserts(String url) throws Exception {
        this.url = url;
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("create table if not exists benchmark_raw_insert (id bigserial primary key,"
                    + " organisation int not null, title varchar(2000) not null, created timestamptz not null)");
        }
    }

    void insertOne() throws Exception {
        PreparedStatement insert = statement.get();
        if (insert == null) {
            Connection c = DriverManager.getConnection(url);
            connections.add(c);
            insert = c.prepareStatement(
                    "insert into benchmark_raw_insert (organisation, title, created) values (?, ?, now())");
            statement.set(insert);
        }
        insert.setInt(1, ThreadLocalRandom.current().nextInt(WriteBenchmark.JOURNALS));
        insert.setString(2, "О подготовке к отопительному сезону, письмо "
                + ThreadLocalRandom.current().nextInt(1_000_000));
        insert.executeUpdate();
    }

    @Override
    public void close() throws Exception {
        for (Connection c : connections) {
            c.close();
        }
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("drop table if exists benchmark_raw_insert");
        }
    }
}
