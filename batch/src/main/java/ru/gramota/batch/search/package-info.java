/**
 * The search index rebuild job ({@code rebuild-search-index}): a node's index rebuilt from the database
 * into a new directory by partitions, restartable from their checkpoints, and switched to without a gap.
 * The work is {@link ru.gramota.search.IndexRebuild}'s; these artifacts are its steps.
 */
package ru.gramota.batch.search;
