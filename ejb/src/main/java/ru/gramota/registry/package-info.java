/**
 * Registration: the journals in which each organisation registers its documents, registration
 * cards, numbering, attachments and links. A card is a {@link ru.gramota.registry.Document} with
 * its requisites grouped in value objects ({@link ru.gramota.registry.RegistrationNumber}, {@link
 * ru.gramota.registry.Correspondence}, {@link ru.gramota.registry.Filing}, and the {@link
 * ru.gramota.registry.ControlMark} that control of execution will take over); {@link
 * ru.gramota.registry.Requisites} is the checked set a clerk enters and the one place the value
 * objects are built from it. Other features refer to a registered document; only this package gives
 * numbers.
 */
package ru.gramota.registry;
