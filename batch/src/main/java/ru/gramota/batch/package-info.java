/**
 * Jakarta Batch jobs (JBeret, JDBC job repository in the application database) and the one way to
 * start and inspect them, {@link ru.gramota.batch.BatchJobs}. Each job's artifacts live in a
 * sub-package beside their job XML in {@code META-INF/batch-jobs}.
 */
package ru.gramota.batch;
