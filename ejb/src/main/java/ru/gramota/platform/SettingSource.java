package ru.gramota.platform;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The installation's settings as MicroProfile Config gives them (environment variables, system
 * properties), read into typed values. Each feature reads its own once, at start-up ({@link
 * CheckedSettings}); a value that does not parse or is out of range is refused with an {@link
 * InvalidSettingException} that names the property, its environment variable and what is expected.
 * A blank value counts as not set.
 */
public final class SettingSource {

    /** Refusals are logged under the start-up check's name, wherever they are found. */
    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    private final Function<String, Optional<String>> values;

    private SettingSource(Function<String, Optional<String>> values) {
        this.values = values;
    }

    public static SettingSource of(Config config) {
        return new SettingSource(name -> config.getOptionalValue(name, String.class));
    }

    /** Settings given by property name, e.g. in a test. */
    public static SettingSource of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return new SettingSource(name -> Optional.ofNullable(copy.get(name)));
    }

    /**
     * The environment variable MicroProfile Config reads for a property: every character but letters
     * and digits becomes {@code _}, in upper case ({@code gramota.sign-in.lockout} is {@code
     * GRAMOTA_SIGN_IN_LOCKOUT}).
     */
    public static String environmentVariable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The value as given, unless blank. */
    public Optional<String> text(String name) {
        return values.apply(name).filter(value -> !value.isBlank());
    }

    /** The value without surrounding blanks, or the default. */
    public String text(String name, String defaultValue) {
        return text(name).map(String::strip).orElse(defaultValue);
    }

    /**
     * {@code true} or {@code false} in any case, or the other spellings MicroProfile Config reads
     * ({@code 1}/{@code 0}, {@code yes}/{@code no}, {@code y}/{@code n}, {@code on}/{@code off});
     * anything else is refused rather than taken for {@code false}.
     */
    public boolean flag(String name, boolean defaultValue) {
        return text(name)
                .map(String::strip)
                .map(value -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "1", "yes", "y", "on" -> true;
                    case "false", "0", "no", "n", "off" -> false;
                    default -> throw invalid(name, value, "true or false");
                })
                .orElse(defaultValue);
    }

    /** A whole number from {@code min} to {@code max}. */
    public long number(String name, long defaultValue, long min, long max) {
        Optional<String> given = text(name).map(String::strip);
        if (given.isEmpty()) {
            return defaultValue;
        }
        String expected = "a whole number from " + min + " to " + max;
        try {
            long value = Long.parseLong(given.get());
            if (value < min || value > max) {
                throw invalid(name, given.get(), expected);
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(name, given.get(), expected);
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public int number(String name, int defaultValue, int min, int max) {
        return (int) number(name, (long) defaultValue, min, max);
    }

    /** An ISO-8601 duration longer than zero, e.g. {@code PT30M}. */
    public Duration duration(String name, Duration defaultValue) {
        Optional<String> given = text(name).map(String::strip);
        if (given.isEmpty()) {
            return defaultValue;
        }
        String expected = "an ISO-8601 duration longer than zero, e.g. " + defaultValue;
        try {
            Duration value = Duration.parse(given.get());
            if (value.isNegative() || value.isZero()) {
                throw invalid(name, given.get(), expected);
            }
            return value;
        } catch (DateTimeParseException e) {
            throw invalid(name, given.get(), expected);
        }
    }

    /** A time zone by its region id, e.g. {@code Europe/Moscow}. */
    public ZoneId zone(String name, String defaultValue) {
        String given = text(name, defaultValue);
        try {
            return ZoneId.of(given);
        } catch (DateTimeException e) {
            throw invalid(name, given, "a time zone id of the tz database, e.g. " + defaultValue);
        }
    }

    /** A file system path. */
    public Optional<Path> path(String name) {
        Optional<String> given = text(name).map(String::strip);
        try {
            return given.map(Path::of);
        } catch (InvalidPathException e) {
            throw invalid(name, given.orElseThrow(), "a path of this server's file system");
        }
    }

    /** Comma-separated items, each without surrounding blanks; empty when not set. */
    public Optional<List<String>> list(String name) {
        return text(name).map(value -> {
            List<String> items =
                    Arrays.stream(value.split(",")).map(String::strip).toList();
            if (items.isEmpty() || items.stream().anyMatch(String::isEmpty)) {
                throw invalid(name, value, "items separated by commas, none of them empty");
            }
            return items;
        });
    }

    /**
     * Reads settings in a start-up bean of another module (which {@link SettingsCheck} does not see),
     * with the same one log line and refusal when one is bad.
     */
    public static <T> T checked(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidSettingException e) {
            refuse(List.of(e));
            throw e;
        }
    }

    /**
     * Logs one line per bad setting and stops the start with them all; does nothing when there are
     * none.
     */
    static void refuse(List<InvalidSettingException> refused) {
        if (refused.isEmpty()) {
            return;
        }
        refused.forEach(e -> LOG.severe(e.getMessage() + "; Gramota does not start"));
        throw refused.size() == 1
                ? refused.get(0)
                : new InvalidSettingException(
                        refused.get(0).property(),
                        String.join(
                                "; ",
                                refused.stream().map(Throwable::getMessage).toList()));
    }

    /** The refusal of a value, naming the setting and what it should be. */
    public static InvalidSettingException invalid(String name, String value, String expected) {
        return new InvalidSettingException(
                name,
                "Setting " + environmentVariable(name) + " (" + name + ") is '" + value + "': expected " + expected);
    }

    /** The refusal of a setting whose value is not to be repeated (a secret), or of several together. */
    public static InvalidSettingException invalid(String name, String problem) {
        return new InvalidSettingException(
                name, "Setting " + environmentVariable(name) + " (" + name + "): " + problem);
    }
}
