package ru.gramota.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when no audit record has waited for its seal longer than a second, the bound the audit trail
 * promises (docs/access.md, "The audit trail"); shows the age of the oldest unsealed record. Reads the
 * table itself: a library jar of the EAR does not see the application's classes.
 */
@Readiness
@ApplicationScoped
public class AuditSealingReadiness implements HealthCheck {

    static final Duration BOUND = Duration.ofSeconds(1);

    private static final String NAME = "audit-sealing";

    @Resource(lookup = "java:jboss/datasources/GramotaDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet oldest = statement.executeQuery(
                        "select min(occurred_at) from gramota.audit_record where chain_position is null")) {
            oldest.next();
            OffsetDateTime appended = oldest.getObject(1, OffsetDateTime.class);
            long waiting = appended == null
                    ? 0
                    : Math.max(
                            0,
                            Duration.between(appended.toInstant(), Instant.now())
                                    .toMillis());
            return HealthCheckResponse.named(NAME)
                    .status(waiting <= BOUND.toMillis())
                    .withData("oldestUnsealedMillis", waiting)
                    .withData("boundMillis", BOUND.toMillis())
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("error", e.getMessage())
                    .build();
        }
    }
}
