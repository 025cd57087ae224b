package ru.gramota.platform;

import jakarta.persistence.Query;
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
            throw new InvalidInputException("limit", CommonReason.OUT_OF_RANGE, 1, MAX_SUGGESTIONS);
        }
    }

    /**
     * JPQL conditions, to follow a {@code where} clause: {@code expression} contains every word, as
     * {@code " and <expression> like :word0 escape '!'"} and so on; {@link #bindContained} gives the
     * parameters their values.
     */
    public static String containedIn(String expression, List<String> words) {
        StringBuilder conditions = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            conditions
                    .append(" and ")
                    .append(expression)
                    .append(" like :word")
                    .append(i)
                    .append(" escape '!'");
        }
        return conditions.toString();
    }

    /** The values of the parameters of {@link #containedIn}: each word anywhere in the text. */
    public static void bindContained(Query query, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("word" + i, "%" + escapeLike(words.get(i)) + "%");
        }
    }

    /** A word for a {@code like} pattern with {@code escape '!'}: its {@code %} and {@code _} taken literally. */
    public static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
