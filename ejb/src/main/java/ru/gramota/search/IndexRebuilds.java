package ru.gramota.search;

/**
 * Starts the rebuild job of a node's search index, or resumes the one a crash interrupted. The job's
 * XML and artifacts are in the batch module, which implements this; the indexer finds it by its JNDI
 * name ({@link #JNDI_NAME}), as the batch module depends on this one and not the other way round.
 */
public interface IndexRebuilds {

    String JNDI_NAME = "java:app/gramota-batch/SearchIndexRebuilds!ru.gramota.search.IndexRebuilds";

    /** What a request to rebuild did: the job execution that runs it and whether it was started, resumed or already running. */
    record Rebuild(String node, long executionId, Outcome outcome) {}

    enum Outcome {
        STARTED,
        RESUMED,
        ALREADY_RUNNING
    }

    /**
     * Rebuilds the index of {@code node}, which must be the node that runs this: resumes its rebuild
     * that a crash interrupted, else starts one unless one is running.
     *
     * @param reason why, for the log
     */
    Rebuild rebuild(String node, String reason);
}
