/**
 * Who is signing in and what they hold: user accounts with PBKDF2 password hashes, roles granted per
 * organisation, the initial administrator of a new installation, and the Jakarta Security
 * authentication mechanism and identity store that sign users in, with passwords checked here or in
 * an LDAP directory, or through an OpenID Connect provider ({@link ru.gramota.access.OpenIdSignIn}).
 * Only {@link ru.gramota.access.UserAccounts} reads password hashes, and every sign-in with a
 * password makes the same check whatever the account ({@link ru.gramota.access.PasswordSignIn}).
 * Who the signed-in caller is and who administers what ({@link ru.gramota.access.AdministrationRights},
 * which the administration façade and the features share) are decided here. Who reads a document is
 * the registry's ({@code ru.gramota.registry.access}), which asks this package who the reader is and
 * what they hold: this package knows no document.
 */
package ru.gramota.access;
