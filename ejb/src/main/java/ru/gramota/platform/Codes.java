package ru.gramota.platform;

import java.util.regex.Pattern;

/**
 * The one rule for the codes people give organisations, departments and journals: 1 to {@value
 * #MAX_LENGTH} Latin letters, digits or hyphens, starting with a letter or digit. Codes go into
 * registration numbers, queue names, addresses and file names, where quotes, angle brackets or spaces
 * would do harm, so nothing else is accepted and nothing is trimmed or changed.
 */
public final class Codes {

    public static final int MAX_LENGTH = 32;

    /** The rule as a regular expression, as the OpenAPI document states it. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9-]{0,31}$";

    private static final Pattern CODE = Pattern.compile(PATTERN);

    private Codes() {}

    /**
     * The code, unchanged.
     *
     * @throws InvalidInputException naming the field when the code is absent or breaks the rule
     */
    public static String require(String code, String field) {
        if (code == null || code.isEmpty()) {
            throw new InvalidInputException(field, CommonReason.REQUIRED);
        }
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException(field, CommonReason.CODE_FORMAT);
        }
        return code;
    }
}
