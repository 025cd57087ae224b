/**
 * Registration: the journals in which each organisation registers its documents, and (from the
 * registration issue on) registration cards, numbering, attachments and links. Other features refer
 * to a registered document; only this package gives numbers.
 */
package ru.gramota.registry;
