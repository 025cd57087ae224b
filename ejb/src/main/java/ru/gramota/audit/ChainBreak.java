package ru.gramota.audit;

/**
 * Where the audit chain first breaks: the number of the record found changed, removed or inserted,
 * and what is wrong there.
 */
record ChainBreak(long seq, String problem) {}
