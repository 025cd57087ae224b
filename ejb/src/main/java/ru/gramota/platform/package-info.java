/**
 * What every feature stands on: the database schema brought up to date at start-up (Flyway), the one
 * clock, and the installation's settings. Features may call into this package; it calls none of them.
 */
package ru.gramota.platform;
