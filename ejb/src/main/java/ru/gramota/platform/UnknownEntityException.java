package ru.gramota.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request names something that does not exist: an organisation, a user, a role. Answered with 404.
 * The reason says what was looked for, its argument the key.
 */
@ApplicationException(rollback = true)
public class UnknownEntityException extends LocalizedException {

    public UnknownEntityException(Reason reason, Object... keys) {
        super(reason, keys);
    }
}
