/**
 * What every feature stands on: the database schema brought up to date at start-up (Flyway), the one
 * clock, and the installation's settings; the refusals features raise ({@link
 * ru.gramota.platform.InvalidInputException}, {@link ru.gramota.platform.ConflictException}…) and the
 * catalogue of what they say, in English and Russian ({@link ru.gramota.platform.Reason}). Features may
 * call into this package; it calls none of them.
 */
package ru.gramota.platform;
