package ru.gramota.platform;

import java.util.Arrays;
import java.util.List;

/**
 * What a person typed into a search-as-you-type field, as the words every suggestion must contain:
 * compared as {@link SearchText} compares names (lower case, ё as е), at most five
 * words, each escaped for {@code like ... escape '!'}.
 */
public final class TypedWords {

    public static final int MAX_WORDS = 5;
    public static final int MAX_SUGGESTIONS = 100;

    private TypedWords() {}

    /** The words typed, in order; none when nothing was typed. */
    public static List<String> of(String typed) {
        return typed == null
                ? List.of()
                : Arrays.stream(SearchText.key(typed).split(" "))
                        .filter(w -> !w.isEmpty())
                        .limit(MAX_WORDS)
                        .toList();
    }

    /** @throws InvalidInputException naming {@code limit} when it is not 1 to 100 */
    public static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw new InvalidInputException("limit", Reason.OUT_OF_RANGE, 1, MAX_SUGGESTIONS);
        }
    }

    /** A word for a {@code like} pattern with {@code escape '!'}: its {@code %} and {@code _} taken literally. */
    public static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
