package ru.gramota.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.InvalidInputException;

/**
 * The control mark (requisite 29): the document is on control [на контроле], perhaps with a
 * deadline. Kept apart from the rest of the card so that the control-of-execution feature can take
 * it over (resolutions, assignments, extensions) without touching registration: registration only
 * records the mark as the clerk sets it.
 */
@Embeddable
public class ControlMark {

    @Column(name = "on_control", nullable = false)
    private boolean onControl;

    @Column(name = "control_deadline")
    private LocalDate deadline;

    @Column(name = "control_derived", nullable = false)
    private boolean derived;

    protected ControlMark() {}

    public ControlMark(boolean onControl, LocalDate deadline) {
        this.onControl = onControl;
        this.deadline = deadline;
    }

    /**
     * The mark as control of execution derives it from the document's assignments: on control while
     * one of them on control is open, with the nearest of their deadlines. From then on the clerk no
     * longer sets it.
     */
    public static ControlMark derived(boolean onControl, LocalDate deadline) {
        ControlMark mark = new ControlMark(onControl, deadline);
        mark.derived = true;
        return mark;
    }

    /**
     * The mark after a clerk's correction typed {@code typed}: the typed one, unless this one is
     * derived from assignments, which the correction must then leave as it is.
     */
    ControlMark correctedBy(ControlMark typed) {
        if (!derived) {
            return typed;
        }
        if (typed.onControl != onControl || !Objects.equals(typed.deadline, deadline)) {
            throw new InvalidInputException("controlDeadline", RegistryReason.CONTROL_BY_ASSIGNMENTS);
        }
        return this;
    }

    /** Not on control. */
    static ControlMark none() {
        return new ControlMark(false, null);
    }

    /** What is wrong with the mark on a document of this date, under the field {@code controlDeadline}. */
    public List<FieldError> violations(LocalDate documentDate) {
        List<FieldError> errors = new ArrayList<>();
        if (deadline != null && documentDate != null && deadline.isBefore(documentDate)) {
            errors.add(new FieldError("controlDeadline", RegistryReason.DEADLINE_BEFORE_DOCUMENT_DATE));
        }
        if (deadline != null && !onControl) {
            errors.add(new FieldError("controlDeadline", RegistryReason.DEADLINE_WITHOUT_CONTROL));
        }
        return errors;
    }

    public boolean onControl() {
        return onControl;
    }

    /** The deadline of control, or null when none was given. */
    public LocalDate deadline() {
        return deadline;
    }

    /** Whether the mark is derived from the document's assignments rather than set by the clerk. */
    public boolean derived() {
        return derived;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ControlMark c
                && onControl == c.onControl
                && derived == c.derived
                && Objects.equals(deadline, c.deadline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(onControl, deadline, derived);
    }
}
