package ru.gramota.it;

import java.util.UUID;
import java.util.stream.Collectors;

/** Words no other test's records hold, so that a search's totals count one test's records only. */
final class UniqueWords {

    private UniqueWords() {}

    /** {@code prefix} and eight letters: every hex digit of a random UUID as a letter (0 → a … f → p). */
    static String of(String prefix) {
        return prefix
                + UUID.randomUUID()
                        .toString()
                        .replace("-", "")
                        .substring(0, 8)
                        .chars()
                        .mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16))))
                        .collect(Collectors.joining());
    }
}
