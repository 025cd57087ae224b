/**
 * The audit trail: an append-only record of who did what, when, with the state before and after,
 * for every change, every sign-in and failed sign-in and every read of a ДСП document. Records are
 * hash-chained: each hash covers the record and the previous hash, so an edited or deleted row is
 * found by {@link ru.gramota.audit.AuditTrail#verify()}. Features call {@link
 * ru.gramota.audit.AuditTrail#record} inside the transaction of the change they make.
 */
package ru.gramota.audit;
