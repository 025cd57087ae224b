package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.gramota.org.Organisation;
import ru.gramota.org.OrganisationKind;
import ru.gramota.org.Organisations;
import ru.gramota.platform.ConflictException;

@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @EJB
    private Organisations organisations;

    @Resource(lookup = "java:jboss/datasources/GramotaDS")
    private DataSource dataSource;

    @Test
    void anEntityPersistedByAnEjbIsReadBackInANewTransaction() throws Exception {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);

        // Each call is its own transaction: the read sees only what the first one committed.
        Organisation created = organisations.create(
                code, "Администрация Тестового района", OrganisationKind.MUNICIPAL_DISTRICT, "REGION");
        Organisation read = organisations.byCode(code).orElseThrow();

        assertNotSame(created, read);
        assertEquals(created.id(), read.id());
        assertEquals("Администрация Тестового района", read.name());
        assertEquals(OrganisationKind.MUNICIPAL_DISTRICT, read.kind());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select o.name, p.code from gramota.organisation o join gramota.organisation p on p.id = o.parent_id"
                                + " where o.code = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "the row is in the database");
                assertEquals("Администрация Тестового района", row.getString(1));
                assertEquals("REGION", row.getString(2));
            }
        }
    }

    @Test
    void aSecondOrganisationWithTheSameCodeIsRefused() {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        organisations.create(code, "Первая", OrganisationKind.SETTLEMENT, "REGION");

        assertThrows(
                ConflictException.class,
                () -> organisations.create(code, "Вторая", OrganisationKind.SETTLEMENT, "REGION"));
        assertEquals("Первая", organisations.byCode(code).orElseThrow().name());
    }

    @Test
    void theSchemaWasMigratedByFlyway() throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet row = connection
                        .createStatement()
                        .executeQuery("select success from gramota.flyway_schema_history where version = '1'")) {
            assertTrue(row.next(), "migration 1 is recorded");
            assertTrue(row.getBoolean(1), "migration 1 succeeded");
        }
    }
}
