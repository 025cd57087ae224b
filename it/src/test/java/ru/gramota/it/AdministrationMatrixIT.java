package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role against every administration endpoint. The callers are the demo region's users, one per
 * role in the regional government (GOV), the region's administrator, and nobody signed in. Changing
 * GOV's structure is for its system administrators and the region's; reading the directory is for
 * everyone signed in; the audit trail is for the region's administrator only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationMatrixIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String STRONG_PASSWORD = "Morozko-Zima-2026";

    private enum Caller {
        REGION_ADMIN("admin"),
        GOV_SYSTEM_ADMIN("sysadmin.gov"),
        REGISTRY_CLERK("clerk.gov"),
        MANAGER("manager.gov"),
        EXECUTOR("executor.gov"),
        CONTROLLER("controller.gov"),
        ARCHIVIST("archivist.gov"),
        DISPATCH_ADMIN("dispatch.gov"),
        NOBODY(null);

        final String username;

        Caller(String username) {
            this.username = username;
        }

        Api api() {
            if (this == NOBODY) {
                return Api.anonymous();
            }
            return this == REGION_ADMIN ? Api.admin() : Api.demo(username);
        }
    }

    /** Who may call an endpoint. */
    private enum Audience {
        GOV_ADMINISTRATORS,
        SIGNED_IN,
        REGION_ADMINISTRATOR;

        boolean allows(Caller caller) {
            return switch (this) {
                case GOV_ADMINISTRATORS -> caller == Caller.REGION_ADMIN || caller == Caller.GOV_SYSTEM_ADMIN;
                case SIGNED_IN -> caller != Caller.NOBODY;
                case REGION_ADMINISTRATOR -> caller == Caller.REGION_ADMIN;
            };
        }
    }

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void createOrganisation() {
        check(Audience.GOV_ADMINISTRATORS, api -> api.post("/api/v1/organisations", newOrganisation("GOV")));
    }

    @Test
    void renameOrganisation() {
        String code = adminCreatesOrganisation();
        check(
                Audience.GOV_ADMINISTRATORS,
                api -> api.put(
                        "/api/v1/organisations/" + code,
                        Json.createObjectBuilder()
                                .add("name", "Переименованное учреждение " + SEQ.incrementAndGet())
                                .add(
                                        "version",
                                        Api.admin()
                                                .get("/api/v1/organisations/" + code)
                                                .json()
                                                .getJsonNumber("version"))
                                .build()));
    }

    @Test
    void deactivateOrganisation() {
        check(Audience.GOV_ADMINISTRATORS, api -> api.delete("/api/v1/organisations/" + adminCreatesOrganisation()));
    }

    @Test
    void addDepartment() {
        check(Audience.GOV_ADMINISTRATORS, api -> api.post("/api/v1/organisations/GOV/departments", newDepartment()));
    }

    @Test
    void renameDepartment() {
        check(
                Audience.GOV_ADMINISTRATORS,
                api -> api.put(
                        "/api/v1/organisations/GOV/departments/01",
                        Json.createObjectBuilder()
                                .add("name", "Управление делами")
                                .add(
                                        "version",
                                        Api.admin().get("/api/v1/organisations/GOV/departments").array().stream()
                                                .map(d -> d.asJsonObject())
                                                .filter(d -> d.getString("code").equals("01"))
                                                .findFirst()
                                                .orElseThrow()
                                                .getJsonNumber("version"))
                                .build()));
    }

    @Test
    void deactivateDepartment() {
        check(Audience.GOV_ADMINISTRATORS, api -> {
            String code = Api.admin()
                    .post("/api/v1/organisations/GOV/departments", newDepartment())
                    .json()
                    .getString("code");
            return api.delete("/api/v1/organisations/GOV/departments/" + code);
        });
    }

    @Test
    void addPosition() {
        check(Audience.GOV_ADMINISTRATORS, api -> api.post("/api/v1/organisations/GOV/positions", newPosition()));
    }

    @Test
    void createEmployee() {
        check(Audience.GOV_ADMINISTRATORS, api -> api.post("/api/v1/employees", newEmployee()));
    }

    @Test
    void renameEmployee() {
        String username = adminCreatesEmployee();
        check(
                Audience.GOV_ADMINISTRATORS,
                api -> api.put(
                        "/api/v1/employees/" + username,
                        Json.createObjectBuilder()
                                .add("fullName", "Смирнов Пётр Ильич")
                                .build()));
    }

    @Test
    void resetPassword() {
        String username = adminCreatesEmployee();
        check(
                Audience.GOV_ADMINISTRATORS,
                api -> api.put(
                        "/api/v1/employees/" + username + "/password",
                        Json.createObjectBuilder()
                                .add("password", "Novyj-Parol-" + SEQ.incrementAndGet())
                                .build()));
    }

    @Test
    void grantRole() {
        String username = adminCreatesEmployee();
        check(
                Audience.GOV_ADMINISTRATORS,
                api -> api.post("/api/v1/employees/" + username + "/roles", grant("EXECUTOR")));
    }

    @Test
    void revokeRole() {
        check(Audience.GOV_ADMINISTRATORS, api -> {
            String username = adminCreatesEmployee();
            Api.admin().post("/api/v1/employees/" + username + "/roles", grant("CONTROLLER"));
            return api.delete("/api/v1/employees/" + username + "/roles/GOV/CONTROLLER");
        });
    }

    @Test
    void appointToPosition() {
        String username = adminCreatesEmployee();
        check(Audience.GOV_ADMINISTRATORS, api -> {
            long position = Api.admin()
                    .post("/api/v1/organisations/GOV/positions", newPosition())
                    .json()
                    .getJsonNumber("id")
                    .longValue();
            return api.post(
                    "/api/v1/employees/" + username + "/positions",
                    Json.createObjectBuilder().add("positionId", position).build());
        });
    }

    @Test
    void deactivateEmployee() {
        check(Audience.GOV_ADMINISTRATORS, api -> api.delete("/api/v1/employees/" + adminCreatesEmployee()));
    }

    @Test
    void importOrganisations() {
        check(
                Audience.GOV_ADMINISTRATORS,
                api -> api.postRaw(
                        "/api/v1/organisations/import",
                        "text/csv",
                        "code;parent;kind;name\n" + unique("IT-I-") + ";GOV;SETTLEMENT;Импортированное поселение\n"));
    }

    @Test
    void readTheDirectory() {
        check(Audience.SIGNED_IN, api -> api.get("/api/v1/organisations?parent=REGION"));
        check(Audience.SIGNED_IN, api -> api.get("/api/v1/organisations/GOV"));
        check(Audience.SIGNED_IN, api -> api.get("/api/v1/organisations/GOV/departments"));
        check(Audience.SIGNED_IN, api -> api.get("/api/v1/organisations/GOV/positions"));
        check(Audience.SIGNED_IN, api -> api.get("/api/v1/employees?organisation=GOV"));
        check(Audience.SIGNED_IN, api -> api.get("/api/v1/employees/clerk.gov"));
        check(Audience.SIGNED_IN, api -> api.get("/api/v1/me"));
    }

    @Test
    void readTheAuditTrail() {
        check(Audience.REGION_ADMINISTRATOR, api -> api.get("/api/v1/audit?limit=5"));
        check(Audience.REGION_ADMINISTRATOR, api -> api.get("/api/v1/audit/verification"));
    }

    @Test
    void nobodyGrantsOrRevokesTheirOwnRolesAndNothingIsChanged() {
        Api govAdmin = Caller.GOV_SYSTEM_ADMIN.api();
        String rolesBefore = Api.admin()
                .get("/api/v1/employees/sysadmin.gov")
                .json()
                .get("roles")
                .toString();

        Api.Answer selfGrant = govAdmin.post("/api/v1/employees/sysadmin.gov/roles", grant("REGISTRY_CLERK"));
        Api.Answer selfRevoke = govAdmin.delete("/api/v1/employees/sysadmin.gov/roles/GOV/SYSTEM_ADMIN");
        Api.Answer regionSelfGrant = Api.admin()
                .accepting("ru")
                .post(
                        "/api/v1/employees/admin/roles",
                        Json.createObjectBuilder()
                                .add("role", "REGISTRY_CLERK")
                                .add("organisationCode", "REGION")
                                .build());

        assertEquals(403, selfGrant.status(), selfGrant.body());
        assertEquals(403, selfRevoke.status(), selfRevoke.body());
        assertEquals(403, regionSelfGrant.status(), regionSelfGrant.body());
        assertTrue(regionSelfGrant.json().getString("detail").contains("Свои роли"), regionSelfGrant.body());
        assertEquals(
                rolesBefore,
                Api.admin()
                        .get("/api/v1/employees/sysadmin.gov")
                        .json()
                        .get("roles")
                        .toString());
        assertTrue(
                Api.admin().get("/api/v1/audit?objectType=USER_ACCOUNT&objectId=admin&limit=100").array().stream()
                        .map(r -> r.asJsonObject())
                        .noneMatch(r -> r.getString("action").equals("GRANT_ROLE")
                                && r.getString("after").contains("REGISTRY_CLERK")),
                "a refused grant leaves no record");
    }

    @Test
    void everyGrantAndRevocationIsAuditedWithWhoWhomWhichRoleAndWhere() {
        String username = adminCreatesEmployee();
        Api govAdmin = Caller.GOV_SYSTEM_ADMIN.api();

        assertEquals(
                200,
                govAdmin.post("/api/v1/employees/" + username + "/roles", grant("ARCHIVIST"))
                        .status());
        assertEquals(
                200,
                govAdmin.delete("/api/v1/employees/" + username + "/roles/GOV/ARCHIVIST")
                        .status());

        List<JsonObject> records = Api.admin()
                .get("/api/v1/audit?objectType=USER_ACCOUNT&objectId=" + username + "&limit=100")
                .array()
                .stream()
                .map(r -> r.asJsonObject())
                .filter(r -> r.getString("action").endsWith("_ROLE"))
                .toList();
        assertEquals(2, records.size(), records.toString());
        JsonObject revoked = records.get(0);
        JsonObject granted = records.get(1);
        assertEquals("REVOKE_ROLE", revoked.getString("action"));
        assertEquals("GRANT_ROLE", granted.getString("action"));
        for (JsonObject r : records) {
            assertEquals("sysadmin.gov", r.getString("actor"));
            assertEquals(username, r.getString("objectId"));
        }
        assertEquals("{\"role\":\"ARCHIVIST\",\"organisation\":\"GOV\"}", granted.getString("after"));
        assertEquals("{\"role\":\"ARCHIVIST\",\"organisation\":\"GOV\"}", revoked.getString("before"));
    }

    @Test
    void anAdministratorOfOneOrganisationAdministersNeitherAnotherNorTheRegion() {
        Api govAdmin = Caller.GOV_SYSTEM_ADMIN.api();

        assertEquals(
                403,
                govAdmin.post("/api/v1/organisations", newOrganisation("MR-SEV"))
                        .status());
        assertEquals(
                403,
                govAdmin.post("/api/v1/organisations", newOrganisation(null)).status());
        assertEquals(
                403,
                govAdmin.post(
                                "/api/v1/employees/clerk.sev/roles",
                                Json.createObjectBuilder()
                                        .add("role", "SYSTEM_ADMIN")
                                        .add("organisationCode", "MR-SEV")
                                        .build())
                        .status());
        assertEquals(
                201,
                Api.admin()
                        .post("/api/v1/organisations", newOrganisation("MR-SEV"))
                        .status());
    }

    /** Calls the endpoint as every caller and compares each answer with what the audience allows. */
    private static void check(Audience audience, Function<Api, Api.Answer> call) {
        List<String> wrong = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            Api.Answer answer = call.apply(caller.api());
            boolean allowed = audience.allows(caller);
            int expected = allowed ? 200 : caller == Caller.NOBODY ? 401 : 403;
            boolean ok = allowed ? answer.status() / 100 == 2 : answer.status() == expected;
            if (!ok) {
                wrong.add(caller + " expected " + (allowed ? "2xx" : expected) + " got " + answer.status() + " "
                        + answer.body());
            }
            if (!allowed) {
                assertTrue(answer.contentType().startsWith("application/problem+json"), caller + ": " + answer);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static String unique(String prefix) {
        return prefix + RUN + "-" + SEQ.incrementAndGet();
    }

    private static JsonObject newOrganisation(String parent) {
        var builder = Json.createObjectBuilder()
                .add("code", unique("IT-O-"))
                .add("name", "Администрация поселения " + SEQ.get())
                .add("kind", "SETTLEMENT");
        if (parent != null) {
            builder.add("parentCode", parent);
        }
        return builder.build();
    }

    private static JsonObject newDepartment() {
        return Json.createObjectBuilder()
                .add("code", unique("D"))
                .add("name", "Отдел " + SEQ.get())
                .build();
    }

    private static JsonObject newPosition() {
        return Json.createObjectBuilder()
                .add("title", "Ведущий специалист " + SEQ.incrementAndGet())
                .add("departmentCode", "01")
                .build();
    }

    private static JsonObject newEmployee() {
        return Json.createObjectBuilder()
                .add("username", unique("it.e").toLowerCase())
                .add("fullName", "Кузьмина Анна Львовна")
                .add("password", STRONG_PASSWORD)
                .add("organisationCode", "GOV")
                .build();
    }

    private static JsonObject grant(String role) {
        return Json.createObjectBuilder()
                .add("role", role)
                .add("organisationCode", "GOV")
                .build();
    }

    private static String adminCreatesOrganisation() {
        Api.Answer created = Api.admin().post("/api/v1/organisations", newOrganisation("GOV"));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("code");
    }

    private static String adminCreatesEmployee() {
        Api.Answer created = Api.admin().post("/api/v1/employees", newEmployee());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("username");
    }
}
