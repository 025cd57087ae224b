/**
 * Who is signing in and what they hold: user accounts with PBKDF2 password hashes, roles granted per
 * organisation, the initial administrator of a new installation, and the Jakarta Security
 * authentication mechanism and identity store that sign users in, with passwords checked here or in
 * an LDAP directory, or through an OpenID Connect provider ({@link ru.gramota.access.OpenIdSignIn}).
 * Only {@link ru.gramota.access.UserAccounts} reads password hashes.
 */
package ru.gramota.access;
