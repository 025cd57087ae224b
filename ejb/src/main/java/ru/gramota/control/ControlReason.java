package ru.gramota.control;

import ru.gramota.platform.Reason;

/** Why control of execution refused a request. */
public enum ControlReason implements Reason {
    DEADLINE_BEFORE_RESOLUTION,
    DEADLINE_DATE_OR_URGENCY;
}
