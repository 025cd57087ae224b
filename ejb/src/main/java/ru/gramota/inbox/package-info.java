/**
 * The in-app inbox [уведомления]: notices to one person (reminders of deadlines, later approvals),
 * each unique per (recipient, kind, subject, day), so that a daily run repeated, or run on two nodes
 * at once, posts a day's notices once; with unread counts for the home page, and a copy mailed
 * through the server's mail session when one is configured, each notice at most once.
 */
package ru.gramota.inbox;
