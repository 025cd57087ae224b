package ru.gramota.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request that conflicts with what is stored: a code already taken, a card changed by someone else
 * in the meantime. Answered with 409.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
