package ru.gramota.batch.search;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import ru.gramota.access.AdministrationRights;
import ru.gramota.batch.BatchJobs;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.NodeName;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.search.IndexRebuild;
import ru.gramota.search.IndexRebuilds;
import ru.gramota.search.SearchReason;

/**
 * Starts the rebuild job of this node's search index, or resumes the one a crash interrupted (left
 * STARTED in the job repository, and not running in this server: JBeret's "detect" restart mode tells
 * the two apart). A rebuild that failed or was stopped is started anew, as the journal may have been
 * pruned past where it began. One request at a time, so that two never start two jobs.
 */
@Singleton
@LocalBean
@Local(IndexRebuilds.class)
public class SearchIndexRebuilds implements IndexRebuilds {

    private static final Logger LOG = Logger.getLogger(SearchIndexRebuilds.class.getName());

    /** How many of the job's latest instances are looked through for this node's. */
    private static final int LOOK_BACK = 50;

    private static final Set<BatchStatus> UNFINISHED =
            EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @EJB
    private AdministrationRights rights;

    @EJB
    private BatchJobs jobs;

    @EJB
    private IndexRebuild indexRebuild;

    private final Clock clock = Clock.systemUTC();

    /** An installation administrator's request to rebuild the index of {@code node}, which must be this node. */
    public Rebuild rebuildByAdministrator(String node) {
        rights.requireInstallationAdministrator();
        if (!NodeName.current().equals(node)) {
            throw new ConflictException(SearchReason.REBUILD_ON_ANOTHER_NODE, NodeName.current(), node);
        }
        Rebuild rebuild = rebuild(node, "an administrator, " + rights.caller().username() + ", asked for it");
        if (rebuild.outcome() == Outcome.ALREADY_RUNNING) {
            throw new ConflictException(SearchReason.REBUILD_RUNNING, node, rebuild.executionId());
        }
        return rebuild;
    }

    /**
     * How a rebuild's job execution went: its batch status, its exit status ({@code REBUILT <records>} when
     * done), and when it started and ended (null until then).
     */
    public record Status(
            long executionId, String node, String status, String exitStatus, Instant started, Instant ended) {}

    /** An installation administrator's look at a rebuild's job execution. */
    public Status status(long executionId) {
        rights.requireInstallationAdministrator();
        JobExecution execution = jobs.execution(executionId).orElse(null);
        if (execution == null || !RebuildParameters.JOB.equals(execution.getJobName())) {
            throw new UnknownEntityException(SearchReason.UNKNOWN_REBUILD, executionId);
        }
        return new Status(
                executionId,
                jobs.parameters(executionId).getProperty(RebuildParameters.NODE),
                execution.getBatchStatus().name(),
                execution.getExitStatus(),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()));
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    @Override
    public Rebuild rebuild(String node, String reason) {
        if (!NodeName.current().equals(node)) {
            throw new IllegalArgumentException("Node " + NodeName.current() + " cannot rebuild the index of " + node);
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        Optional<JobExecution> latest = latest(operator, node);
        if (latest.isPresent()
                && UNFINISHED.contains(latest.get().getBatchStatus())
                && resumable(operator, latest.get().getExecutionId())) {
            long interrupted = latest.get().getExecutionId();
            Properties mode = new Properties();
            mode.setProperty("jberet.restart.mode", "detect");
            try {
                long resumed = operator.restart(interrupted, mode);
                LOG.info(() -> "Search index rebuild " + interrupted + " of node " + node
                        + " was interrupted; resumed as " + resumed + " (" + reason + ")");
                return new Rebuild(node, resumed, Outcome.RESUMED);
            } catch (JobRestartException running) {
                return new Rebuild(node, interrupted, Outcome.ALREADY_RUNNING);
            }
        }
        RebuildParameters parameters = new RebuildParameters(
                node,
                IndexRebuild.DIRECTORY_PREFIX + clock.millis(),
                RebuildParameters.PARTITIONS,
                RebuildParameters.THREADS);
        long started = operator.start(RebuildParameters.JOB, parameters.toProperties());
        LOG.info(() -> "Search index rebuild " + started + " of node " + node + " into " + parameters.directory() + " ("
                + reason + ")");
        return new Rebuild(node, started, Outcome.STARTED);
    }

    /** Whether an interrupted rebuild's directory is still there to go on with (not deleted with the index). */
    private boolean resumable(JobOperator operator, long executionId) {
        String directory = operator.getParameters(executionId).getProperty(RebuildParameters.DIRECTORY);
        boolean resumable = directory != null && indexRebuild.resumable(directory);
        if (!resumable) {
            LOG.info(() -> "Search index rebuild " + executionId + " was interrupted and its directory " + directory
                    + " is gone: a new rebuild starts instead");
        }
        return resumable;
    }

    /** The latest execution of this node's rebuilds. */
    private static Optional<JobExecution> latest(JobOperator operator, String node) {
        try {
            for (JobInstance instance : operator.getJobInstances(RebuildParameters.JOB, 0, LOOK_BACK)) {
                Optional<JobExecution> last = operator.getJobExecutions(instance).stream()
                        .max(Comparator.comparingLong(JobExecution::getExecutionId));
                if (last.isPresent()
                        && node.equals(operator.getParameters(last.get().getExecutionId())
                                .getProperty(RebuildParameters.NODE))) {
                    return last;
                }
            }
        } catch (NoSuchJobException never) {
            LOG.fine(() -> "No rebuild of the search index has run yet");
        }
        return Optional.empty();
    }
}
