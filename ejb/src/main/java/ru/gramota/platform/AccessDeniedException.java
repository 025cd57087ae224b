package ru.gramota.platform;

import jakarta.ejb.ApplicationException;

/** The signed-in user may not do this. Answered with 403. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends LocalizedException {

    public AccessDeniedException(Reason reason, Object... arguments) {
        super(reason, arguments);
    }
}
