package ru.gramota.batch.generator;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Arrays;
import ru.gramota.access.AdministrationRights;
import ru.gramota.batch.BatchJobs;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.RegistryReason;
import ru.gramota.registry.generator.GeneratedRegistrations;
import ru.gramota.registry.generator.GeneratorPools;

/**
 * Starts the data generator ({@value GeneratorParameters#JOB}) and reports how far a run has got.
 * Only where the installation allows it ({@code GRAMOTA_GENERATOR_ENABLED=true}: test, demo and
 * benchmark installations), and only for an installation administrator.
 */
@Stateless
public class RegistrationGenerator {

    /** How a run is going: status (STARTING, STARTED, COMPLETED, FAILED…), cards asked for and written. */
    public record Run(
            long executionId,
            String status,
            String organisationCode,
            String journalCode,
            int count,
            long written,
            String message) {}

    @EJB
    private AdministrationRights rights;

    @EJB
    private GeneratedRegistrations generated;

    @EJB
    private GeneratorPools pools;

    @EJB
    private BatchJobs jobs;

    @EJB
    private GeneratorSettings settings;

    /**
     * Starts a run that registers {@code count} generated documents in the journal.
     *
     * @param seed null for the default, so that two runs with the same parameters write the same cards
     */
    public Run start(String organisationCode, String journalCode, Integer count, Long seed) {
        requireAllowed();
        int n = count == null ? GeneratorParameters.DEFAULT_COUNT : count;
        if (n < 1 || n > GeneratorParameters.MAX_COUNT) {
            throw new InvalidInputException("count", CommonReason.OUT_OF_RANGE, 1, GeneratorParameters.MAX_COUNT);
        }
        if (organisationCode == null || organisationCode.isBlank()) {
            throw new InvalidInputException("organisationCode", CommonReason.REQUIRED);
        }
        if (journalCode == null || journalCode.isBlank()) {
            throw new InvalidInputException("journalCode", CommonReason.REQUIRED);
        }
        pools.journalKind(organisationCode, journalCode);
        GeneratorParameters parameters = new GeneratorParameters(
                organisationCode,
                journalCode,
                n,
                seed == null ? GeneratorParameters.DEFAULT_SEED : seed,
                rights.caller().username(),
                generated.currentPeriod());
        long executionId = jobs.start(GeneratorParameters.JOB, parameters.toProperties());
        return new Run(executionId, "STARTING", organisationCode, journalCode, n, 0, null);
    }

    /** How the run is going; the written count adds up the attempts of a restarted run. */
    public Run progress(long executionId) {
        requireAllowed();
        JobExecution execution = jobs.execution(executionId).orElse(null);
        if (execution == null || !GeneratorParameters.JOB.equals(execution.getJobName())) {
            throw new UnknownEntityException(RegistryReason.UNKNOWN_GENERATOR_RUN, executionId);
        }
        GeneratorParameters parameters = GeneratorParameters.of(jobs.parameters(executionId));
        long written = jobs.stepExecutionsOfAllAttempts(executionId).stream()
                .filter(s -> "register".equals(s.getStepName()))
                .mapToLong(RegistrationGenerator::writeCount)
                .sum();
        String exitStatus = execution.getExitStatus();
        String message = exitStatus != null && exitStatus.startsWith("FAILED: ") ? exitStatus.substring(8) : null;
        return new Run(
                executionId,
                execution.getBatchStatus().name(),
                parameters.organisation(),
                parameters.journal(),
                parameters.count(),
                written,
                message);
    }

    private static long writeCount(StepExecution step) {
        Metric[] metrics = step.getMetrics();
        return metrics == null
                ? 0
                : Arrays.stream(metrics)
                        .filter(m -> m.getType() == Metric.MetricType.WRITE_COUNT)
                        .mapToLong(Metric::getValue)
                        .sum();
    }

    private void requireAllowed() {
        settings.requireEnabled();
        rights.requireInstallationAdministrator();
    }
}
