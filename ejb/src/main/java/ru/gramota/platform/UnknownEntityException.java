package ru.gramota.platform;

import jakarta.ejb.ApplicationException;

/** A request names something that does not exist: an organisation, a user, a role. Answered with 404. */
@ApplicationException(rollback = true)
public class UnknownEntityException extends RuntimeException {

    public UnknownEntityException(String what, String key) {
        super("Unknown " + what + ": " + key);
    }
}
