package ru.gramota.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import java.util.Properties;

/**
 * Starts Gramota's batch jobs and reports on them. Jobs must be started from this module, whose
 * {@code META-INF/batch-jobs} holds their XML.
 */
@Stateless
public class BatchJobs {

    /** Starts a job by its XML name with the given parameters; returns the execution id. */
    public long start(String jobXmlName, Properties parameters) {
        return operator().start(jobXmlName, parameters);
    }

    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
