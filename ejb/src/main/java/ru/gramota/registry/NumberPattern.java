package ru.gramota.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ru.gramota.platform.InvalidInputException;

/**
 * The shape of a journal's registration numbers: fixed text around codes in braces. {@code {seq}},
 * the sequence number within the journal and year, is required; {@code {caseIndex}} (the index of
 * the case the document goes to, e.g. {@code 01-12}), {@code {dept}} (the department's code),
 * {@code {year}} and {@code {yy}} are optional. {@code {caseIndex}/{seq}} gives {@code 01-12/345},
 * {@code {seq}-п} gives {@code 345-п}. A number is at most 31 characters, the limit of МЭДО.
 */
public record NumberPattern(String pattern) {

    public static final int MAX_NUMBER_LENGTH = 31;
    public static final int LENGTH = 100;

    private static final Pattern CODE = Pattern.compile("\\{([^}]*)}");
    private static final List<String> CODES = List.of("seq", "caseIndex", "dept", "year", "yy");

    public NumberPattern {
        pattern = InvalidInputException.requireText(pattern, "numberPattern", LENGTH);
        List<String> unknown = new ArrayList<>();
        Matcher codes = CODE.matcher(pattern);
        while (codes.find()) {
            if (!CODES.contains(codes.group(1))) {
                unknown.add("{" + codes.group(1) + "}");
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    "numberPattern",
                    RegistryReason.NUMBER_PATTERN_UNKNOWN_CODES,
                    unknown,
                    CODES.stream().map(code -> "{" + code + "}").collect(Collectors.joining(", ")));
        }
        if (!pattern.contains("{seq}")) {
            throw new InvalidInputException("numberPattern", RegistryReason.NUMBER_PATTERN_WITHOUT_SEQUENCE, "{seq}");
        }
    }

    /** Whether numbers of this pattern need the case index given at registration. */
    public boolean needsCaseIndex() {
        return pattern.contains("{caseIndex}");
    }

    /** Whether numbers of this pattern need the department's code given at registration. */
    public boolean needsDepartment() {
        return pattern.contains("{dept}");
    }

    /**
     * What a clerk is shown instead of the pattern's codes: the first number of the year, with case
     * {@code 01-01} and department {@code 01} where the pattern needs them; empty when the pattern
     * cannot make a number.
     */
    public static String example(String pattern, int year) {
        try {
            return new NumberPattern(pattern).format(1, year, "01-01", "01");
        } catch (InvalidInputException e) {
            return "";
        }
    }

    /**
     * The number for a sequence number in a year.
     *
     * @throws InvalidInputException if a code the pattern uses has no value, or the number would be
     *     longer than {@value #MAX_NUMBER_LENGTH} characters
     */
    public String format(int sequence, int year, String caseIndex, String departmentCode) {
        if (needsCaseIndex() && (caseIndex == null || caseIndex.isBlank())) {
            throw new InvalidInputException("caseIndex", RegistryReason.NUMBER_NEEDS_CASE);
        }
        if (needsDepartment() && (departmentCode == null || departmentCode.isBlank())) {
            throw new InvalidInputException("departmentCode", RegistryReason.NUMBER_NEEDS_DEPARTMENT);
        }
        Map<String, String> values = Map.of(
                "seq", Integer.toString(sequence),
                "caseIndex", caseIndex == null ? "" : caseIndex.strip(),
                "dept", departmentCode == null ? "" : departmentCode.strip(),
                "year", Integer.toString(year),
                "yy", String.format("%02d", year % 100));
        String number = CODE.matcher(pattern).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
        if (number.length() > MAX_NUMBER_LENGTH) {
            throw new InvalidInputException("numberPattern", RegistryReason.NUMBER_TOO_LONG, number, MAX_NUMBER_LENGTH);
        }
        return number;
    }
}
