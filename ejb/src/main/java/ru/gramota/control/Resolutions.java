package ru.gramota.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccount;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.registry.Document;
import ru.gramota.registry.DocumentStatus;
import ru.gramota.registry.Documents;
import ru.gramota.registry.access.DocumentAccess;

/**
 * Resolutions on registered documents: a manager of the document's organisation writes one, and it
 * gives one assignment per executor, the responsible one first. The executors and the controller
 * come to work on the document (they read it from then on); the document's control mark follows its
 * assignments on control.
 */
@Stateless
public class Resolutions {

    @Inject
    private ControlRecords records;

    @Inject
    private Staff staff;

    @EJB
    private DocumentAccess access;

    @EJB
    private Deadlines deadlines;

    @Inject
    private Changes changes;

    @Inject
    private Clock clock;

    /** Writes a resolution and issues its assignments; the document's tree of resolutions after it. */
    public List<ResolutionView> write(NewResolution request) {
        if (request.documentId() == null) {
            throw new InvalidInputException("documentId", ru.gramota.platform.CommonReason.REQUIRED);
        }
        UserAccount caller = staff.caller();
        Document document = access.readable(caller.username(), request.documentId());
        if (document.status() != DocumentStatus.REGISTERED) {
            throw new ConflictException(
                    ControlReason.NOT_REGISTERED, document.status().phrase());
        }
        UserAccount author = staff.requireManagerOf(document.organisation());
        String text = InvalidInputException.requireText(request.text(), "text", Assignment.TEXT_LENGTH);
        List<UserAccount> executors = executors(request, document);
        UserAccount controller = controller(request, document, author, executors);
        Deadline deadline = deadline(request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);

        Resolution resolution =
                new Resolution(document.id(), document.organisation(), author, text, deadline, controller, now);
        records.em().persist(resolution);
        List<Long> issued = new ArrayList<>();
        for (UserAccount executor : executors) {
            Assignment assignment = new Assignment(
                    resolution, executor, Staff.departmentOf(executor, document.organisation()), issued.isEmpty(), now);
            records.em().persist(assignment);
            records.em().persist(new AssignmentEvent(assignment, EventKind.ISSUED, now, author.username(), text));
            issued.add(assignment.id());
        }
        Set<UserAccount> people = new LinkedHashSet<>(executors);
        if (controller != null) {
            people.add(controller);
        }
        people.add(author);
        records.involve(document.id(), people);
        Map<String, Object> after = resolution.auditState();
        after.put("assignments", issued);
        changes.record(Change.of("RESOLVE", ControlRecords.RESOLUTION, resolution.id())
                .states(null, after)
                .reindexing(Documents.DOCUMENT, document.id()));
        records.deriveMark(document.id());
        return ofDocument(document.id());
    }

    /** The document's resolutions, oldest first, each with its tree of assignments. */
    public List<ResolutionView> ofDocument(long documentId) {
        UserAccount caller = staff.caller();
        Document document = access.readable(caller.username(), documentId);
        List<Resolution> resolutions = records.em()
                .createQuery(
                        "select r from Resolution r where r.documentId = :document order by r.id", Resolution.class)
                .setParameter("document", documentId)
                .getResultList();
        List<Assignment> all = records.em()
                .createQuery(
                        "select a from Assignment a join fetch a.executor join fetch a.controller"
                                + " join fetch a.issuedBy where a.documentId = :document order by a.id",
                        Assignment.class)
                .setParameter("document", documentId)
                .getResultList();
        Map<Long, List<Assignment>> byResolution = new LinkedHashMap<>();
        all.forEach(a -> byResolution
                .computeIfAbsent(a.resolution().id(), k -> new ArrayList<>())
                .add(a));
        return resolutions.stream()
                .map(r -> ResolutionView.of(
                        r,
                        records.trees(
                                byResolution.getOrDefault(r.id(), List.of()),
                                document.registrationNumber(),
                                document.title(),
                                caller.username())))
                .toList();
    }

    /** Whether the caller may write a resolution on the document: a manager of its organisation, and it is registered. */
    public boolean mayWrite(long documentId) {
        UserAccount caller = staff.caller();
        Document document = access.readable(caller.username(), documentId);
        return document.status() == DocumentStatus.REGISTERED && Staff.manages(caller, document.organisation());
    }

    /**
     * Whom the resolution form offers as one types: executors of the document's organisation, or
     * (for the controller) its controllers and managers; up to {@code limit}, by name.
     */
    public List<AssignmentView.Person> candidates(long documentId, boolean controllers, String typed, int limit) {
        UserAccount caller = staff.caller();
        Document document = access.readable(caller.username(), documentId);
        Set<Role> roles = controllers ? Set.of(Role.CONTROLLER, Role.MANAGER) : Set.of(Role.EXECUTOR);
        return staff.holding(document.organisation(), roles, typed, limit).stream()
                .map(u -> new AssignmentView.Person(u.username(), u.fullName()))
                .toList();
    }

    private List<UserAccount> executors(NewResolution request, Document document) {
        if (request.responsible() == null || request.responsible().isBlank()) {
            throw new InvalidInputException("responsible", ControlReason.EXECUTOR_REQUIRED);
        }
        List<UserAccount> executors = new ArrayList<>();
        executors.add(staff.executor(request.responsible(), document.organisation(), "responsible"));
        for (String name : request.coExecutors()) {
            UserAccount executor = staff.executor(name, document.organisation(), "coExecutors");
            if (executors.stream().anyMatch(e -> e.username().equals(executor.username()))) {
                throw new InvalidInputException("coExecutors", ControlReason.EXECUTOR_TWICE, executor.username());
            }
            executors.add(executor);
        }
        return executors;
    }

    /** The controller of a resolution on control; null when it is not (its author then accepts the reports). */
    private UserAccount controller(
            NewResolution request, Document document, UserAccount author, List<UserAccount> executors) {
        boolean named = request.controller() != null && !request.controller().isBlank();
        if (!request.onControl() && named) {
            throw new InvalidInputException("controller", ControlReason.CONTROLLER_WITHOUT_CONTROL);
        }
        if (request.onControl() && !named) {
            throw new InvalidInputException("controller", ControlReason.CONTROLLER_REQUIRED);
        }
        UserAccount controller = request.onControl()
                ? staff.controller(request.controller(), document.organisation(), "controller")
                : null;
        UserAccount accepting = controller == null ? author : controller;
        if (executors.stream().anyMatch(e -> e.username().equals(accepting.username()))) {
            throw new InvalidInputException(
                    controller == null ? "responsible" : "controller",
                    ControlReason.CONTROLLER_IS_EXECUTOR,
                    accepting.username());
        }
        return controller;
    }

    private Deadline deadline(NewResolution request) {
        if (request.deadline() != null && request.urgency() != null) {
            throw new InvalidInputException("urgency", ControlReason.DEADLINE_DATE_OR_URGENCY);
        }
        java.time.LocalDate today = records.time().today();
        return request.deadline() != null
                ? deadlines.written(today, request.deadline())
                : deadlines.proposed(today, request.urgency() == null ? Urgency.ORDINARY : request.urgency());
    }
}
