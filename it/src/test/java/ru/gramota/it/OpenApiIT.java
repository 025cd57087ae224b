package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
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
                "/api/v1/audit/verification",
                "/api/v1/registrations",
                "/api/v1/registrations/{id}",
                "/api/v1/registrations/{id}/files",
                "/api/v1/registrations/{id}/files/{fileId}",
                "/api/v1/registrations/{id}/links",
                "/api/v1/correspondents",
                "/api/v1/organisations/{code}/nomenclature/{year}/cases")) {
            assertTrue(document.json().getJsonObject("paths").containsKey(path), path + " in " + document.body());
        }
        assertTrue(document.body().contains("\"scheme\":\"bearer\"")
                || document.body().contains("\"scheme\" : \"bearer\""));
    }

    @Test
    void everyOperationHasASummaryAndExamplesOfItsParametersAndBody() {
        JsonObject document = Api.anonymous().get("/openapi?format=JSON").json();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        List<String> missing = new ArrayList<>();
        document.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
                    if (!(value instanceof JsonObject operation) || !operation.containsKey("responses")) {
                        return;
                    }
                    String where = method.toUpperCase() + " " + path;
                    if (!operation.containsKey("summary")) {
                        missing.add(where + ": summary");
                    }
                    for (JsonValue parameter : operation.getJsonArray("parameters") == null
                            ? JsonValue.EMPTY_JSON_ARRAY
                            : operation.getJsonArray("parameters")) {
                        if (!parameter.asJsonObject().containsKey("example")) {
                            missing.add(where + ": example of parameter "
                                    + parameter.asJsonObject().getString("name"));
                        }
                    }
                    JsonObject body = operation.getJsonObject("requestBody");
                    if (body != null && body.getJsonObject("content").containsKey("application/json")) {
                        JsonObject schema = body.getJsonObject("content")
                                .getJsonObject("application/json")
                                .getJsonObject("schema");
                        String name = schema.getString("$ref", "").replace("#/components/schemas/", "");
                        JsonObject properties = schemas.containsKey(name)
                                ? schemas.getJsonObject(name).getJsonObject("properties")
                                : null;
                        boolean exemplified = properties != null
                                && properties.values().stream()
                                        .anyMatch(p -> p.asJsonObject().containsKey("example")
                                                || p.asJsonObject().containsKey("examples"));
                        if (!exemplified) {
                            missing.add(where + ": examples in the body " + schemas.get(name));
                        }
                    }
                }));

        assertEquals(List.of(), missing);
    }
}
