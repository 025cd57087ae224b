/**
 * The audit trail: an append-only record of who did what, when, with the state before and after,
 * for every change, every sign-in and failed sign-in and every read of a ДСП document. A transaction
 * appends its record unsealed and waits for nobody ({@link ru.gramota.audit.AuditTrail#recordAs}, or
 * through {@link ru.gramota.platform.Changes}); one sealer at a time across the installation ({@link
 * ru.gramota.audit.AuditSealer}, {@link ru.gramota.audit.AuditSealing}) chains the committed records in
 * batches, each hash covering the record and the previous hash, and anchors the sealed head, signed,
 * outside the database. {@link ru.gramota.audit.AuditTrail#verify()} finds an edited, deleted or
 * inserted record, a rewritten chain, and a record left unsealed. docs/access.md tells the guarantees.
 */
package ru.gramota.audit;
