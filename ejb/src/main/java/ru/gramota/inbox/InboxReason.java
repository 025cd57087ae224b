package ru.gramota.inbox;

import ru.gramota.platform.Reason;

/** Why the inbox refused a request. */
public enum InboxReason implements Reason {
    UNKNOWN_NOTICE;
}
