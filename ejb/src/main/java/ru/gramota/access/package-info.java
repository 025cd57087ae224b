/**
 * Who is signing in and what they hold: user accounts with PBKDF2 password hashes, roles granted per
 * organisation, and the initial administrator of a new installation. The web module's identity store
 * asks {@link ru.gramota.access.UserAccounts} to check a password; nothing else reads password hashes.
 */
package ru.gramota.access;
