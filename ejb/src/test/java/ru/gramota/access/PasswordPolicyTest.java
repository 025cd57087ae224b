package ru.gramota.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ru.gramota.platform.InvalidInputException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10);

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertDoesNotThrow(() -> policy.check("clerk.gov", "Снег-идёт-2026".toCharArray()));
    }

    @Test
    void aShortPasswordIsRefusedWithTheMinimumInTheMessage() {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> policy.check("clerk.gov", "Ab1-xyz".toCharArray()));

        assertEquals("password", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().contains("10"));
    }

    @Test
    void aPasswordContainingTheUserNameIsRefused() {
        assertThrows(InvalidInputException.class, () -> policy.check("petrov", "Petrov-2026-winter".toCharArray()));
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThrows(InvalidInputException.class, () -> policy.check("clerk", "QWERTY12345".toCharArray()));
    }

    @Test
    void oneRepeatedCharacterIsRefused() {
        assertThrows(InvalidInputException.class, () -> policy.check("clerk", "aaaaaaaaaaaa".toCharArray()));
    }

    @Test
    void aPasswordOverTheMaximumIsRefused() {
        assertThrows(
                InvalidInputException.class,
                () -> policy.check(
                        "clerk", "x1".repeat(PasswordPolicy.MAX_LENGTH).toCharArray()));
    }
}
