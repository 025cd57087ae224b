/**
 * Control of execution [контроль исполнения]: deadlines on the production calendar ({@link
 * ru.gramota.control.Deadlines}); resolutions, assignments, reports and reminders to come (issue 14).
 * It refers to documents by id and counts days on {@code calendar}.
 */
package ru.gramota.control;
