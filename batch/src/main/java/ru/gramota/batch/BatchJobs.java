package ru.gramota.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    /**
     * The execution with this id, if there is one. (JBeret's exception for an unknown id is a system
     * exception to the EJB container, so it is turned into an answer here rather than thrown to callers.)
     */
    public Optional<JobExecution> execution(long executionId) {
        try {
            return Optional.of(operator().getJobExecution(executionId));
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    /** The parameters an execution was started (or restarted) with. */
    public Properties parameters(long executionId) {
        return operator().getParameters(executionId);
    }

    /** The step executions of every attempt of the execution's job instance, first attempt first. */
    public List<StepExecution> stepExecutionsOfAllAttempts(long executionId) {
        JobOperator operator = operator();
        JobInstance instance = operator.getJobInstance(executionId);
        List<JobExecution> attempts = new ArrayList<>(operator.getJobExecutions(instance));
        attempts.sort(Comparator.comparingLong(JobExecution::getExecutionId));
        return attempts.stream()
                .flatMap(e -> operator.getStepExecutions(e.getExecutionId()).stream())
                .toList();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
