package ru.gramota.platform;

import jakarta.ejb.ApplicationException;

/** The signed-in user may not do this. Answered with 403. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
