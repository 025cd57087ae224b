package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** An organisation with a manager, a controller and two executors, and a registered letter, for control's tests. */
final class ControlOffice {
    final RegistryDesk desk = new RegistryDesk("{seq}");
    final String managerName = desk.employee("it.manager", "Петров Пётр Петрович", "MANAGER");
    final String controllerName = desk.employee("it.controller", "Сидорова Анна Ивановна", "CONTROLLER");
    final String staffName = desk.employee("it.staff", "Волкова Дарья Сергеевна", "EXECUTOR");
    final Api manager = Api.as(managerName, RegistryDesk.PASSWORD);
    final Api controller = Api.as(controllerName, RegistryDesk.PASSWORD);
    final Api executor = Api.as(desk.executorUsername, RegistryDesk.PASSWORD);
    final Api staff = Api.as(staffName, RegistryDesk.PASSWORD);
    final long letter = Cards.id(desk.register("Запрос о ремонте дороги", null).json());

    JsonObjectBuilder resolution() {
        return Json.createObjectBuilder()
                .add("documentId", letter)
                .add("text", "Подготовить ответ, согласовать с дорожным отделом")
                .add("responsible", desk.executorUsername);
    }

    JsonObjectBuilder onControl() {
        return resolution().add("onControl", true).add("controller", controllerName);
    }

    /** Writes a resolution and answers the document's resolutions. */
    JsonArray write(JsonObjectBuilder body) {
        Api.Answer answer = manager.post("/api/v1/resolutions", body.build());
        assertEquals(201, answer.status(), answer.body());
        return answer.array();
    }

    JsonObject card() {
        return desk.clerk.get("/api/v1/registrations/" + letter).json();
    }
}
