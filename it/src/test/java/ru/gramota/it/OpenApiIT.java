package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.gramota.access.Role;
import ru.gramota.platform.Codes;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.LinkType;
import ru.gramota.registry.Requisites;

/** The OpenAPI document describes the REST API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
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

    @Test
    void everyRequestBodyStatesItsRequiredFieldsEnumsFormatsAndLengths() {
        JsonObject document = Api.anonymous().get("/openapi?format=JSON").json();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        Set<String> bodies = new TreeSet<>();
        document.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
                    if (value instanceof JsonObject operation && operation.containsKey("requestBody")) {
                        JsonObject content =
                                operation.getJsonObject("requestBody").getJsonObject("content");
                        if (content.containsKey("application/json")) {
                            bodies.add(content.getJsonObject("application/json")
                                    .getJsonObject("schema")
                                    .getString("$ref")
                                    .replace("#/components/schemas/", ""));
                        }
                    }
                }));
        List<String> missing = new ArrayList<>();

        for (String name : bodies) {
            JsonObject schema = schemas.getJsonObject(name);
            if (schema.getJsonArray("required") == null
                    || schema.getJsonArray("required").isEmpty()) {
                missing.add(name + ": required");
            }
            schema.getJsonObject("properties").forEach((field, value) -> {
                JsonObject property = resolved(schemas, value.asJsonObject());
                String where = name + "." + field;
                String type = property.getString("type", "");
                boolean enumValued = field.equals("kind")
                        || field.equals("type")
                        || field.equals("role")
                        || field.endsWith("Kind")
                        || field.equals("deliveryChannel")
                        || field.equals("urgency");
                if (enumValued) {
                    if (!property.containsKey("enum")) {
                        missing.add(where + ": enum");
                    }
                } else if (field.endsWith("Date") || field.endsWith("Deadline") || field.equals("deadline")) {
                    if (!"date".equals(property.getString("format", ""))) {
                        missing.add(where + ": format date");
                    }
                } else if (field.endsWith("Id") || field.equals("version") || field.equals("seed")) {
                    if (!"int64".equals(property.getString("format", ""))) {
                        missing.add(where + ": format int64");
                    }
                } else if (type.equals("string") && !property.containsKey("maxLength")) {
                    missing.add(where + ": maxLength");
                }
            });
        }

        assertTrue(
                bodies.containsAll(List.of("Registration", "CardCorrection", "NewOrganisation", "NewLink")),
                bodies.toString());
        assertEquals(List.of(), missing);
    }

    @Test
    void theEnumsCodesAndDatesAreTheOnesTheApiChecks() {
        JsonObject schemas = Api.anonymous()
                .get("/openapi?format=JSON")
                .json()
                .getJsonObject("components")
                .getJsonObject("schemas");

        assertEquals(names(DocumentKind.values()), values(schemas, "NewJournal", "documentKind"));
        assertEquals(names(Role.values()), values(schemas, "RoleGrant", "role"));
        assertEquals(names(LinkType.values()), values(schemas, "NewLink", "type"));
        assertEquals(
                new TreeSet<>(Requisites.DELIVERY_CHANNELS),
                new TreeSet<>(values(schemas, "Registration", "deliveryChannel")));
        JsonObject code = schemas.getJsonObject("NewDepartment")
                .getJsonObject("properties")
                .getJsonObject("code");
        assertEquals(Codes.PATTERN, code.getString("pattern"));
        assertEquals(Codes.MAX_LENGTH, code.getInt("maxLength"));
        assertTrue(schemas.getJsonObject("OrganisationChange")
                .getJsonArray("required")
                .toString()
                .contains("\"version\""));
    }

    private static JsonObject resolved(JsonObject schemas, JsonObject property) {
        if (property.containsKey("$ref")) {
            return schemas.getJsonObject(property.getString("$ref").replace("#/components/schemas/", ""));
        }
        if (property.containsKey("allOf")) {
            return resolved(schemas, property.getJsonArray("allOf").getJsonObject(0));
        }
        return property;
    }

    private static List<String> values(JsonObject schemas, String schema, String field) {
        JsonObject property = resolved(
                schemas,
                schemas.getJsonObject(schema).getJsonObject("properties").getJsonObject(field));
        return property.getJsonArray("enum").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
