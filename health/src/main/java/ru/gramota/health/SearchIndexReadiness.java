package ru.gramota.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when this node's search index is current: not rebuilding, at most {@value #BEHIND} index
 * journal rows behind, and its indexer has reported within {@link #SILENCE}. Otherwise "catching up,
 * N behind" (or rebuilding, with the records done of the total). Reads the table the indexer reports to
 * ({@code index_node}): a library jar of the EAR does not see the application's classes.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    static final long BEHIND = 1000;
    static final Duration SILENCE = Duration.ofSeconds(30);

    private static final String NAME = "search-index";

    @Resource(lookup = "java:jboss/datasources/GramotaDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        String node = System.getProperty("jboss.node.name", System.getProperty("jboss.host.name", "gramota"));
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("node", node);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement state = connection.prepareStatement(
                        "select applied, rebuilding, records, updated_at, rebuild_done, rebuild_total"
                                + " from gramota.index_node where node = ?")) {
            state.setString(1, node);
            try (ResultSet row = state.executeQuery()) {
                if (!row.next()) {
                    return response.down()
                            .withData("state", "starting: not applied yet")
                            .build();
                }
                long applied = row.getLong(1);
                boolean rebuilding = row.getBoolean(2);
                long records = row.getLong(3);
                Instant reported = row.getObject(4, OffsetDateTime.class).toInstant();
                long behind = behind(connection, applied);
                long silent = Duration.between(reported, Instant.now()).toSeconds();
                response.withData("applied", applied).withData("behind", behind).withData("records", records);
                if (rebuilding) {
                    long done = row.getLong(5);
                    String progress = row.wasNull() ? "started" : done + " of " + row.getLong(6) + " records";
                    return response.down()
                            .withData("state", "rebuilding: " + progress)
                            .build();
                }
                if (silent > SILENCE.toSeconds()) {
                    return response.down()
                            .withData("state", "the indexer has not reported for " + silent + " s")
                            .build();
                }
                return behind > BEHIND
                        ? response.down()
                                .withData("state", "catching up, " + behind + " behind")
                                .build()
                        : response.up().withData("state", "current").build();
            }
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }

    private static long behind(Connection connection, long applied) throws SQLException {
        try (PreparedStatement count =
                connection.prepareStatement("select count(*) from gramota.index_journal where id > ?")) {
            count.setLong(1, applied);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
