package ru.gramota.web.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.gramota.access.UserAccount;
import ru.gramota.control.Assignment;
import ru.gramota.control.Urgency;

/** The bodies of control of execution's resources, read by {@link StrictJsonBodies}. */
final class ControlRequests {

    private ControlRequests() {}

    @Schema(name = "NewResolution")
    public record NewResolution(
            @Schema(required = true, example = "4211", description = "The registered document")
            Long documentId,

            @Schema(
                    required = true,
                    maxLength = Assignment.TEXT_LENGTH,
                    example = "Подготовить ответ заявителю, согласовать с юридическим отделом")
            String text,

            @Schema(
                    required = true,
                    maxLength = UserAccount.USERNAME_LENGTH,
                    example = "kuznetsov",
                    description = "The responsible executor: an executor of the document's organisation")
            String responsible,

            @Schema(example = "[\"volkova\"]", description = "Co-executors, executors of the same organisation")
            List<String> coExecutors,

            @Schema(
                    example = "2026-12-15",
                    description = "A written deadline; moved to the working day before when it is not"
                            + " worked. Leave it out to take the urgency's.")
            LocalDate deadline,

            @Schema(
                    example = "PROMPT",
                    description = "URGENT 3, PROMPT 10, ORDINARY 30 calendar days; not with deadline")
            Urgency urgency,

            @Schema(example = "true", description = "On control: a controller accepts the reports")
            Boolean onControl,

            @Schema(
                    maxLength = UserAccount.USERNAME_LENGTH,
                    example = "sidorova",
                    description = "The controller (a controller or manager of the organisation), when on"
                            + " control; without one the resolution's author accepts the reports")
            String controller) {

        ru.gramota.control.NewResolution resolution() {
            return new ru.gramota.control.NewResolution(
                    documentId,
                    text,
                    responsible,
                    coExecutors,
                    deadline,
                    urgency,
                    Boolean.TRUE.equals(onControl),
                    controller);
        }
    }

    @Schema(name = "AssignmentReport")
    public record Report(
            @Schema(
                    required = true,
                    maxLength = Assignment.TEXT_LENGTH,
                    example = "Ответ заявителю направлен, исх. № 01-12/345")
            String text) {}

    @Schema(name = "AssignmentReturn")
    public record Return(
            @Schema(required = true, maxLength = Assignment.TEXT_LENGTH, example = "Нет ссылки на нормативный акт")
            String reason) {}

    @Schema(name = "SubAssignment")
    public record SubAssignment(
            @Schema(required = true, maxLength = UserAccount.USERNAME_LENGTH, example = "volkova")
            String executor,

            @Schema(required = true, maxLength = Assignment.TEXT_LENGTH, example = "Подготовить справку по пункту 2")
            String text,

            @Schema(required = true, example = "2026-12-10", description = "No later than the parent's deadline")
            LocalDate deadline) {}

    @Schema(name = "ExtensionRequest")
    public record Extension(
            @Schema(required = true, example = "2026-12-25", description = "The deadline asked for, later than now")
            LocalDate deadline,

            @Schema(required = true, maxLength = Assignment.TEXT_LENGTH, example = "Ждём сведения из Росреестра")
            String reason) {}

    @Schema(name = "ExtensionDecision")
    public record Decision(
            @Schema(required = true, example = "501", description = "The extension request decided")
            Long requestId,

            @Schema(
                    required = true,
                    example = "true",
                    description = "true approves (the deadline moves), false refuses")
            Boolean approve,

            @Schema(
                    maxLength = Assignment.TEXT_LENGTH,
                    example = "Продлить, срок ответа не нарушает 59-ФЗ",
                    description = "Required when refusing")
            String comment) {}
}
