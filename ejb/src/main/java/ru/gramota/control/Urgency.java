package ru.gramota.control;

/** How urgent a resolution is: what its deadline is when none is written (DOMAIN.md, Control of execution). */
public enum Urgency {
    /** «срочно»: 3 calendar days by default. */
    URGENT,
    /** «оперативно»: 10 calendar days by default. */
    PROMPT,
    /** Neither: 30 calendar days by default. */
    ORDINARY;
}
