package ru.gramota.registry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A journal's numbers shown by example, never by the codes of its pattern. */
class ChoicesTest {

    @Test
    void anExampleNumberFillsEveryCodeOfThePattern() {
        assertEquals("1-вх", Choices.example("{seq}-вх", 2026));
        assertEquals("01-01/1", Choices.example("{caseIndex}/{seq}", 2026));
        assertEquals("01-1/26", Choices.example("{dept}-{seq}/{yy}", 2026));
        assertEquals("2026-1", Choices.example("{year}-{seq}", 2026));
    }

    @Test
    void aPatternThatCannotGiveANumberHasNoExample() {
        assertEquals("", Choices.example("{seq}" + "x".repeat(40), 2026));
    }
}
