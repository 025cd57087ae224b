package ru.gramota.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request that conflicts with what is stored: a code already taken, a card changed by someone else
 * in the meantime, a probable duplicate. Answered with 409; {@code type} and {@code conflicts} let a
 * client tell the cases apart and show what is in the way.
 */
@ApplicationException(rollback = true)
public class ConflictException extends LocalizedException {

    /** The problem type of a conflict that needs no further explanation. */
    public static final String GENERAL = "about:blank";

    private final String type;
    private final List<?> conflicts;

    public ConflictException(Reason reason, Object... arguments) {
        this(GENERAL, List.of(), reason, arguments);
    }

    public ConflictException(String type, List<?> conflicts, Reason reason, Object... arguments) {
        super(reason, arguments);
        this.type = type;
        this.conflicts = List.copyOf(conflicts);
    }

    @Override
    public String type() {
        return type;
    }

    /** What the request conflicts with, for the client to show. */
    public List<?> conflicts() {
        return conflicts;
    }

    /** The {@link #conflicts()}: an answer lists them as its errors. */
    @Override
    public List<?> errors() {
        return conflicts;
    }
}
