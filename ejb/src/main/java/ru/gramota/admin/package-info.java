/**
 * Administration of the organisation structure, people and roles, and the audit trail, as the REST
 * API offers it: each operation first asks {@link ru.gramota.access.AdministrationRights} whether the
 * signed-in caller may do it, then calls the feature's service. Reading the directory
 * (organisations, departments, positions, people) is open to every signed-in user; changing it is
 * for system administrators of the organisation concerned or of one above it.
 */
package ru.gramota.admin;
