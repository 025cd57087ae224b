package ru.gramota.registry.access;

/**
 * Whether someone may read a document, and why: the rule that allowed it, or why nothing did.
 * {@code audited} says the read must go to the audit trail (ДСП documents).
 */
public record AccessDecision(boolean allowed, String reason, boolean audited) {}
