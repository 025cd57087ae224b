/**
 * The messaging self-check: an operator's probe that proves the transactional path from the
 * database through the broker and back works on this installation. A probe row is written and a
 * message sent in one JTA transaction (jms module, {@code SelfCheck}); the receiver marks the row
 * received. Old probes are purged by the {@code self-check-purge} batch job.
 */
package ru.gramota.selfcheck;
