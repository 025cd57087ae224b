package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document describes the REST API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.ear();
    }

    @Test
    void theDocumentListsTheAdministrationEndpointsAndTheBearerScheme() {
        Api.Answer document = Api.anonymous().get("/openapi?format=JSON");

        assertEquals(200, document.status(), document.body());
        for (String path : List.of(
                "/api/v1/organisations",
                "/api/v1/organisations/import",
                "/api/v1/organisations/{code}/departments",
                "/api/v1/employees/{username}/roles",
                "/api/v1/tokens",
                "/api/v1/me/password",
                "/api/v1/audit/verification")) {
            assertTrue(document.json().getJsonObject("paths").containsKey(path), path + " in " + document.body());
        }
        assertTrue(document.body().contains("\"scheme\":\"bearer\"")
                || document.body().contains("\"scheme\" : \"bearer\""));
    }
}
