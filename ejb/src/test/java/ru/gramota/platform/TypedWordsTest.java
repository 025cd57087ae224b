package ru.gramota.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypedWordsTest {

    @Test
    void wordsAreComparedInLowerCaseWithЁAsЕAndRunsOfSpacesAsOne() {
        assertEquals(List.of("федоров", "петр"), TypedWords.of("  Фёдоров \t ПЁТР "));
    }

    @Test
    void nothingTypedIsNoWords() {
        assertEquals(List.of(), TypedWords.of(null));
        assertEquals(List.of(), TypedWords.of("   "));
    }

    @Test
    void atMostFiveWordsCount() {
        assertEquals(List.of("a", "b", "c", "d", "e"), TypedWords.of("a b c d e f g"));
    }

    @Test
    void likeWildcardsAndTheEscapeCharacterAreTakenLiterally() {
        assertEquals("100!%", TypedWords.escapeLike("100%"));
        assertEquals("a!_b", TypedWords.escapeLike("a_b"));
        assertEquals("!!", TypedWords.escapeLike("!"));
    }

    @Test
    void everyWordIsAConditionOnTheExpression() {
        assertEquals(
                " and o.key like :word0 escape '!' and o.key like :word1 escape '!'",
                TypedWords.containedIn("o.key", List.of("a", "b")));
        assertEquals("", TypedWords.containedIn("o.key", List.of()));
    }

    @Test
    void aLimitOutside1To100IsRefusedNamingTheField() {
        TypedWords.requireLimit(1);
        TypedWords.requireLimit(100);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> TypedWords.requireLimit(0));
        assertEquals("limit", refused.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> TypedWords.requireLimit(101));
    }
}
