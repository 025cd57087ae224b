package ru.gramota.batch.search;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;
import ru.gramota.platform.NodeName;

/**
 * The parameters of the {@value #JOB} job, typed: the node whose index it rebuilds (a job writes the
 * index of the node it runs on, so it refuses to run elsewhere), the new index's directory, and how
 * many partitions and threads.
 */
record RebuildParameters(String node, String directory, int partitions, int threads) {

    /** The job's XML name, in {@code META-INF/batch-jobs}. */
    static final String JOB = "rebuild-search-index";

    /** Partitions: small enough that a restart repeats little, enough to keep both threads busy. */
    static final int PARTITIONS = 8;

    /**
     * Threads: four, so that two analyse while two wait for the database (a partition reads a page,
     * then indexes it); on two cores that keeps both busy without more.
     */
    static final int THREADS = 4;

    static final String NODE = "node";
    static final String DIRECTORY = "directory";
    static final String PARTITION_COUNT = "partitions";
    static final String THREAD_COUNT = "threads";

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty(NODE, node);
        p.setProperty(DIRECTORY, directory);
        p.setProperty(PARTITION_COUNT, Integer.toString(partitions));
        p.setProperty(THREAD_COUNT, Integer.toString(threads));
        return p;
    }

    static RebuildParameters of(Properties p) {
        return new RebuildParameters(
                p.getProperty(NODE),
                p.getProperty(DIRECTORY),
                Integer.parseInt(p.getProperty(PARTITION_COUNT, Integer.toString(PARTITIONS))),
                Integer.parseInt(p.getProperty(THREAD_COUNT, Integer.toString(THREADS))));
    }

    /** The parameters of a running execution, checked to belong to this node. */
    static RebuildParameters of(JobContext job) {
        RebuildParameters parameters = of(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
        if (!NodeName.current().equals(parameters.node())) {
            throw new IllegalStateException("This rebuild writes the search index of node " + parameters.node()
                    + ", not of " + NodeName.current() + " where it runs: restart it on " + parameters.node());
        }
        return parameters;
    }
}
