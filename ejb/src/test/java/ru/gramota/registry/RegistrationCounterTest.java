package ru.gramota.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegistrationCounterTest {

    private final RegistrationCounter counter = new RegistrationCounter(new RegistrationCounter.Key(7, 2026));

    @Test
    void aReservedBlockStartsAfterTheLastNumberGiven() {
        counter.reserve(1);
        counter.reserve(1);

        assertEquals(3, counter.reserve(1000));
    }

    @Test
    void theNumberAfterABlockFollowsIt() {
        counter.reserve(1000);

        assertEquals(1001, counter.reserve(1));
    }

    @Test
    void consecutiveBlocksDoNotOverlap() {
        assertEquals(1, counter.reserve(500));
        assertEquals(501, counter.reserve(500));
    }

    @Test
    void anEmptyBlockIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> counter.reserve(0));
    }

    @Test
    void aBlockPastTheLargestNumberIsRefused() {
        counter.reserve(Integer.MAX_VALUE - 10);

        assertThrows(IllegalStateException.class, () -> counter.reserve(11));
    }
}
