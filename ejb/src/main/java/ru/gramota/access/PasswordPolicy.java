package ru.gramota.access;

import java.util.Locale;
import java.util.Set;
import ru.gramota.platform.InvalidInputException;

/**
 * What a new password must be: long enough, not too long, not built from the user name, not one of
 * the passwords everybody tries first, and not one character repeated. Length and a block list,
 * rather than composition rules, following NIST SP 800-63B.
 */
public record PasswordPolicy(int minLength) {

    public static final int MAX_LENGTH = 128;
    /** The least minimum length an installation may set. */
    public static final int LEAST_MIN_LENGTH = 8;

    private static final Set<String> COMMON = Set.of(
            "password",
            "password1",
            "password123",
            "passw0rd",
            "qwerty",
            "qwerty123",
            "qwertyuiop",
            "123456789",
            "1234567890",
            "12345678910",
            "0987654321",
            "111111111",
            "1q2w3e4r5t",
            "1qaz2wsx3edc",
            "zaq12wsx",
            "iloveyou",
            "admin12345",
            "administrator",
            "welcome123",
            "letmein123",
            "changeme",
            "changeme123",
            "йцукенгшщз",
            "пароль123",
            "пароль12345",
            "qwerty12345",
            "asdfghjkl",
            "zxcvbnm123",
            "gramota123",
            "грамота123");

    public PasswordPolicy {
        if (minLength < LEAST_MIN_LENGTH || minLength > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "Minimum password length must be " + LEAST_MIN_LENGTH + "-" + MAX_LENGTH + ": " + minLength);
        }
    }

    /** @throws InvalidInputException naming the field {@code password} and what is wrong */
    public void check(String username, char[] password) {
        String candidate = new String(password);
        if (candidate.length() < minLength) {
            throw new InvalidInputException("password", AccessReason.PASSWORD_TOO_SHORT, minLength);
        }
        if (candidate.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", AccessReason.PASSWORD_TOO_LONG, MAX_LENGTH);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("password", AccessReason.PASSWORD_CONTAINS_USERNAME);
        }
        if (COMMON.contains(lower)) {
            throw new InvalidInputException("password", AccessReason.PASSWORD_COMMON);
        }
        if (candidate.chars().distinct().count() == 1) {
            throw new InvalidInputException("password", AccessReason.PASSWORD_ONE_CHARACTER);
        }
    }
}
