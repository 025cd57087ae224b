/**
 * MicroProfile Health readiness checks for what Gramota cannot work without: the database, the
 * message broker, and the audit trail's sealing (no record waits longer than a second). WildFly serves them at {@code http://<host>:9990/health/ready}.
 *
 * <p>This is a library jar in the EAR's {@code lib/} rather than part of an EJB or web module:
 * WildFly collects the health checks of an EAR only from beans its library jars define.
 */
package ru.gramota.health;
