package ru.gramota.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import ru.gramota.access.PasswordHash;
import ru.gramota.access.UserAccount;
import ru.gramota.org.Organisation;
import ru.gramota.org.OrganisationKind;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.LocalizedException;
import ru.gramota.platform.Reason;

/** The rules of an assignment's lifecycle, its tree and its extensions, without a server. */
class AssignmentTest {

    private static final Instant T0 = Instant.parse("2026-12-01T07:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    private final Organisation organisation =
            new Organisation("GOV", "Правительство", null, OrganisationKind.EXECUTIVE_BODY, null);
    private final UserAccount manager = person("manager", "Петров Пётр Петрович");
    private final UserAccount controller = person("controller", "Сидорова Анна Ивановна");
    private final UserAccount executor = person("executor", "Кузнецов Игорь Олегович");
    private final UserAccount staff = person("staff", "Волкова Дарья Сергеевна");
    private final UserAccount stranger = person("stranger", "Орлов Олег Олегович");

    private Assignment onControl() {
        return new Assignment(resolution(controller), executor, null, true, T0);
    }

    private Resolution resolution(UserAccount controlledBy) {
        Deadline deadline = Deadline.of(TODAY, null, DUE, DUE, true);
        return new Resolution(1L, organisation, manager, "Подготовить ответ", deadline, controlledBy, T0);
    }

    @Test
    void anAssignmentGoesFromIssuedThroughItsReportToAcceptance() {
        Assignment a = onControl();

        assertEquals(EventKind.STARTED, a.start(executor, T0).kind());
        assertEquals(
                EventKind.REPORTED,
                a.report(executor, "Ответ подготовлен", T0.plusSeconds(60)).kind());
        assertEquals(AssignmentState.REPORTED, a.state());
        assertEquals(
                EventKind.ACCEPTED,
                a.accept(controller, 0, false, TODAY, T0.plusSeconds(120)).kind());

        assertEquals(AssignmentState.ACCEPTED, a.state());
        assertEquals(TODAY, a.doneOn());
        assertFalse(a.overdue(DUE.plusDays(10)), "an accepted assignment is never overdue");
    }

    @Test
    void aReturnedReportGoesBackToWorkWithItsReasonAndMayBeReportedAgain() {
        Assignment a = onControl();
        a.report(executor, "Черновик", T0);

        AssignmentEvent returned = a.returnForRework(controller, "Нет ссылки на закон", T0);
        a.report(executor, "Исправлено", T0);

        assertEquals("Нет ссылки на закон", returned.text());
        assertEquals(AssignmentState.REPORTED, a.state());
        assertEquals("Исправлено", a.reportText());
    }

    @Test
    void transitionsTheLifecycleForbidsAreRefusedAndChangeNothing() {
        Assignment a = onControl();

        refused(
                ControlReason.TRANSITION_FORBIDDEN,
                ConflictException.class,
                () -> a.accept(controller, 0, false, TODAY, T0));
        refused(
                ControlReason.TRANSITION_FORBIDDEN,
                ConflictException.class,
                () -> a.returnForRework(controller, "x", T0));
        a.start(executor, T0);
        refused(ControlReason.TRANSITION_FORBIDDEN, ConflictException.class, () -> a.start(executor, T0));
        a.report(executor, "Готово", T0);
        refused(ControlReason.TRANSITION_FORBIDDEN, ConflictException.class, () -> a.report(executor, "Ещё", T0));
        a.accept(controller, 0, false, TODAY, T0);
        refused(ControlReason.TRANSITION_FORBIDDEN, ConflictException.class, () -> a.report(executor, "Поздно", T0));
        refused(
                ControlReason.TRANSITION_FORBIDDEN,
                ConflictException.class,
                () -> a.accept(controller, 0, false, TODAY, T0));
        refused(
                ControlReason.TRANSITION_FORBIDDEN,
                ConflictException.class,
                () -> a.checkExtension(executor, DUE.plusDays(5)));

        assertEquals(AssignmentState.ACCEPTED, a.state());
        assertEquals("Готово", a.reportText());
    }

    @Test
    void onlyTheExecutorWorksOnItAndOnlyTheControllerDecidesNeverOnTheirOwn() {
        Assignment a = onControl();

        refused(ControlReason.ONLY_EXECUTOR, AccessDeniedException.class, () -> a.report(stranger, "Чужой отчёт", T0));
        refused(ControlReason.ONLY_EXECUTOR, AccessDeniedException.class, () -> a.start(controller, T0));
        a.report(executor, "Готово", T0);
        refused(ControlReason.OWN_REPORT, AccessDeniedException.class, () -> a.accept(executor, 0, false, TODAY, T0));
        refused(
                ControlReason.ONLY_CONTROLLER,
                AccessDeniedException.class,
                () -> a.accept(manager, 0, false, TODAY, T0));
        refused(
                ControlReason.ONLY_CONTROLLER,
                AccessDeniedException.class,
                () -> a.returnForRework(stranger, "Нет", T0));

        assertEquals(AssignmentState.REPORTED, a.state());
    }

    @Test
    void withoutAControllerTheAuthorOfTheResolutionAcceptsTheReports() {
        Assignment a = new Assignment(resolution(null), executor, null, true, T0);
        a.report(executor, "Готово", T0);

        assertFalse(a.onControl());
        assertTrue(a.controlledBy(manager));
        a.accept(manager, 0, false, TODAY, T0);
        assertEquals(AssignmentState.ACCEPTED, a.state());
    }

    @Test
    void aParentIsNotAcceptedWhileAChildIsOpenUnlessItsControllerSaysSo() {
        Assignment parent = onControl();
        Assignment child = parent.passDown(executor, staff, null, "Собрать сведения", DUE.minusDays(3), TODAY, T0);
        parent.report(executor, "Готово", T0);

        refused(
                ControlReason.CHILDREN_OPEN,
                ConflictException.class,
                () -> parent.accept(controller, 1, false, TODAY, T0));
        assertEquals(AssignmentState.REPORTED, parent.state());

        parent.accept(controller, 1, true, TODAY, T0);
        child.withdraw("controller", T0);
        assertEquals(AssignmentState.ACCEPTED, parent.state());
        assertEquals(AssignmentState.WITHDRAWN, child.state());
    }

    @Test
    void aPassedDownAssignmentIsTheExecutorsToGiveDueNoLaterThanItsParentAndControlledByWhoGaveIt() {
        Assignment parent = onControl();

        refused(
                ControlReason.ONLY_EXECUTOR,
                AccessDeniedException.class,
                () -> parent.passDown(stranger, staff, null, "Сведения", DUE, TODAY, T0));
        refused(
                ControlReason.AFTER_PARENT_DEADLINE,
                InvalidInputException.class,
                () -> parent.passDown(executor, staff, null, "Сведения", DUE.plusDays(1), TODAY, T0));
        refused(
                ControlReason.DEADLINE_BEFORE_RESOLUTION,
                InvalidInputException.class,
                () -> parent.passDown(executor, staff, null, "Сведения", TODAY.minusDays(1), TODAY, T0));
        refused(
                ControlReason.DELEGATE_TO_ONESELF,
                InvalidInputException.class,
                () -> parent.passDown(executor, executor, null, "Сведения", DUE, TODAY, T0));
        Assignment child = parent.passDown(executor, staff, null, "Сведения", DUE, TODAY, T0);
        Assignment grandchild = child.passDown(staff, stranger, null, "Таблица", DUE.minusDays(1), TODAY, T0);

        assertSame(parent, child.parent());
        assertTrue(child.controlledBy(executor));
        assertTrue(grandchild.controlledBy(staff));
        assertTrue(child.onControl(), "a passed-down assignment of one on control is on control too");
        grandchild.report(stranger, "Таблица готова", T0);
        refused(
                ControlReason.OWN_REPORT,
                AccessDeniedException.class,
                () -> grandchild.accept(stranger, 0, false, TODAY, T0));
        grandchild.accept(staff, 0, false, TODAY, T0);
    }

    @Test
    void anExtensionIsAskedByTheExecutorForALaterDayNotPastTheParentAndMovesTheDeadlineWhenApproved() {
        Assignment parent = onControl();
        Assignment child = parent.passDown(executor, staff, null, "Сведения", DUE.minusDays(5), TODAY, T0);

        refused(
                ControlReason.EXTENSION_NOT_LATER,
                InvalidInputException.class,
                () -> child.checkExtension(staff, DUE.minusDays(5)));
        refused(
                ControlReason.AFTER_PARENT_DEADLINE,
                InvalidInputException.class,
                () -> child.checkExtension(staff, DUE.plusDays(1)));
        refused(ControlReason.ONLY_EXECUTOR, AccessDeniedException.class, () -> child.checkExtension(executor, DUE));
        ExtensionRequest request = new ExtensionRequest(child, staff, DUE, "Ждём ответа банка", T0);
        refused(ControlReason.OWN_REPORT, AccessDeniedException.class, () -> request.decide(staff, true, null, T0));
        AssignmentEvent approved = request.decide(executor, true, null, T0);
        AssignmentEvent moved = child.moveDeadline("executor", request.askedDeadline(), request.reason(), T0);

        assertEquals(EventKind.EXTENSION_APPROVED, approved.kind());
        assertEquals(DUE.minusDays(5), moved.fromDeadline());
        assertEquals(DUE, child.deadline());
        refused(
                ControlReason.EXTENSION_DECIDED,
                ConflictException.class,
                () -> request.decide(executor, false, "Нет", T0));
    }

    @Test
    void aRefusalNeedsAComment() {
        Assignment a = onControl();
        ExtensionRequest request = new ExtensionRequest(a, executor, DUE.plusDays(7), "Нужно больше времени", T0);

        assertThrows(InvalidInputException.class, () -> request.decide(controller, false, " ", T0));
        assertEquals(
                EventKind.EXTENSION_REFUSED,
                request.decide(controller, false, "Срок установлен законом", T0).kind());
        assertEquals(DUE, a.deadline());
    }

    @Test
    void overdueIsComputedFromTheDeadlineAndTheDay() {
        Assignment a = onControl();

        assertFalse(a.overdue(DUE), "due today is not yet overdue");
        assertTrue(a.overdue(DUE.plusDays(1)));
        a.report(executor, "Готово", T0);
        assertTrue(a.overdue(DUE.plusDays(1)), "a report waiting for acceptance is still open");
    }

    private static void refused(Reason reason, Class<? extends LocalizedException> type, Runnable action) {
        LocalizedException e = assertThrows(type, action::run);
        String codes = e instanceof InvalidInputException invalid
                ? invalid.errors().stream().map(FieldError::code).toList().toString()
                : e.code();
        String expected = ((Enum<?>) reason).name();
        assertTrue(codes.contains(expected), "expected " + expected + ", got " + codes);
    }

    private UserAccount person(String username, String fullName) {
        String salt = Base64.getEncoder().encodeToString("salt-salt-salt-1".getBytes(StandardCharsets.UTF_8));
        String hash = Base64.getEncoder().encodeToString(new byte[64]);
        return new UserAccount(
                username,
                fullName,
                PasswordHash.parse(String.join(":", "PBKDF2WithHmacSHA512", "1000", salt, hash)),
                organisation,
                T0);
    }
}
