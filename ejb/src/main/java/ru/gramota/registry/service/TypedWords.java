package ru.gramota.registry.service;

import java.util.Arrays;
import java.util.List;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Reason;
import ru.gramota.registry.Correspondent;

/**
 * What a person typed into a search-as-you-type field, as the words every suggestion must contain:
 * compared as {@link Correspondent#searchKey} compares names (lower case, ё as е), at most five
 * words, each escaped for {@code like ... escape '!'}.
 */
final class TypedWords {

    static final int MAX_WORDS = 5;
    static final int MAX_SUGGESTIONS = 100;

    private TypedWords() {}

    /** The words typed, in order; none when nothing was typed. */
    static List<String> of(String typed) {
        return typed == null
                ? List.of()
                : Arrays.stream(Correspondent.searchKey(typed).split(" "))
                        .filter(w -> !w.isEmpty())
                        .limit(MAX_WORDS)
                        .toList();
    }

    /** @throws InvalidInputException naming {@code limit} when it is not 1 to 100 */
    static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw new InvalidInputException("limit", Reason.OUT_OF_RANGE, 1, MAX_SUGGESTIONS);
        }
    }

    /** A word for a {@code like} pattern with {@code escape '!'}: its {@code %} and {@code _} taken literally. */
    static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
