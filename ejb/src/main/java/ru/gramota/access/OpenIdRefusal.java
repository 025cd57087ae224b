package ru.gramota.access;

import java.util.List;
import ru.gramota.platform.Reason;

/**
 * An OpenID Connect sign-in that did not succeed: what the person is told ({@link #reason()} with its
 * arguments, from the catalogue) and, in the exception's message, what the log says.
 */
class OpenIdRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final List<String> arguments;

    OpenIdRefusal(Reason reason, List<String> arguments, String logMessage, Throwable cause) {
        super(logMessage, cause);
        this.reason = reason;
        this.arguments = List.copyOf(arguments);
    }

    OpenIdRefusal(Reason reason, String logMessage) {
        this(reason, List.of(), logMessage, null);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> arguments() {
        return arguments;
    }
}
