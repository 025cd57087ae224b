package ru.gramota.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Gramota REST API",
                        version = "1",
                        description = "Administration of organisations, people and roles; the audit trail. Errors are"
                                + " RFC 9457 problem details (application/problem+json); 'errors' lists each rejected"
                                + " field as {field, code, message}, or each bad row of an imported file as {line,"
                                + " field, code, message}. 'detail' and the messages are in English, or in Russian"
                                + " for a request whose Accept-Language prefers ru; the codes (e.g. REQUIRED) are"
                                + " the same in both. Bodies are read strictly: one JSON object, each field of its"
                                + " type (no text for a number, no fraction for an integer, dates yyyy-MM-dd between"
                                + " 1900 and 2099, enum values exactly), no unknown or repeated field, nothing after"
                                + " it; anything else is refused with 400 naming the field, never bent."
                                + " Authenticate with POST /api/v1/tokens and send the token as"
                                + " 'Authorization: Bearer <token>'."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApi extends Application {}
