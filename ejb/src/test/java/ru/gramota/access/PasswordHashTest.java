package ru.gramota.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theRightPasswordMatchesItsStoredHash() {
        String stored = PasswordHash.of("Секрет-2026".toCharArray()).encoded();

        assertTrue(PasswordHash.parse(stored).matches("Секрет-2026".toCharArray()));
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        PasswordHash hash = PasswordHash.of("correct horse".toCharArray());

        assertFalse(hash.matches("correct horse ".toCharArray()));
        assertFalse(hash.matches("".toCharArray()));
    }

    @Test
    void theStoredFormNamesAlgorithmAndIterationsAndHidesThePassword() {
        String stored = PasswordHash.of("plain-text-password".toCharArray()).encoded();

        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), stored);
        assertFalse(stored.contains("plain-text-password"));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        assertNotEquals(
                PasswordHash.of("same".toCharArray()).encoded(),
                PasswordHash.of("same".toCharArray()).encoded());
    }

    @Test
    void aStoredValueInAnotherFormatIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("plain-text-password"));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(null));
    }

    @Test
    void toStringNeverShowsSaltOrHash() {
        PasswordHash hash = PasswordHash.of("x".toCharArray());

        assertFalse(hash.toString().contains(hash.encoded().split(":")[2]));
    }
}
