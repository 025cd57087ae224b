/**
 * The sign-in and sign-out pages of the web UI. The authentication mechanism and identity store
 * they use live in {@code ru.gramota.access}.
 */
package ru.gramota.web.security;
