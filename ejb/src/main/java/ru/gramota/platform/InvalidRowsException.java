package ru.gramota.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * An imported file with bad rows. The whole file is refused, nothing is written, and every bad row
 * is reported so that it can be fixed in one go. The REST API answers 400 with the row errors.
 */
@ApplicationException(rollback = true)
public class InvalidRowsException extends LocalizedException {

    private final List<RowError> errors;

    public InvalidRowsException(List<RowError> errors) {
        super(CommonReason.INVALID_ROWS, errors.size());
        this.errors = List.copyOf(errors);
    }

    @Override
    public List<RowError> errors() {
        return errors;
    }
}
