package ru.gramota.platform;

/**
 * A setting of the installation that cannot be used: it names the property and its environment
 * variable, the value found and what is expected, in one line. It carries no stack trace: where the
 * value was read says nothing the message does not, and the server's log of a refused deployment
 * stays readable.
 */
public class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String property;

    public InvalidSettingException(String property, String message) {
        super(message, null, false, false);
        this.property = property;
    }

    /** The MicroProfile Config property, e.g. {@code gramota.time-zone}. */
    public String property() {
        return property;
    }
}
