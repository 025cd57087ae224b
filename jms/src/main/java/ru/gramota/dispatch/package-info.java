/**
 * Municipal dispatch: МЭДО-compatible messages between the region's organisations over Artemis
 * queues {@code dispatch.<org-code>} (address settings in standalone-config/20-messaging.cli). For
 * now it holds the messaging self-check, which proves the transactional path the dispatch will use:
 * a database row and a message sent through {@code java:/JmsXA} commit together or not at all, and
 * the receiver is idempotent.
 */
package ru.gramota.dispatch;
