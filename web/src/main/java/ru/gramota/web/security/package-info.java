/**
 * Sign-in for the web UI: Jakarta Security's custom form mechanism on Elytron's "gramota" domain,
 * with an identity store that checks passwords against the accounts in the database.
 */
package ru.gramota.web.security;
