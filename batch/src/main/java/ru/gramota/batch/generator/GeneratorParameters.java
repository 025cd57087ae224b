package ru.gramota.batch.generator;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.time.Instant;
import java.util.Properties;
import ru.gramota.registry.generator.GeneratedRegistrations.Period;

/**
 * The parameters of the {@value #JOB} job, typed. The period is fixed when the run starts, so that
 * a restarted run registers its remaining cards at the times the first attempt would have.
 *
 * @param organisation the code of the organisation whose journal receives the registrations
 * @param journal the journal's code
 * @param count how many registrations to generate
 * @param seed what makes two runs with the same seed write the same cards
 * @param startedBy the installation administrator who started the run, for the audit trail
 * @param period the year and the span of time the registrations are spread over
 */
record GeneratorParameters(String organisation, String journal, int count, long seed, String startedBy, Period period) {

    /** The job's XML name, in {@code META-INF/batch-jobs}. */
    public static final String JOB = "generate-registrations";

    public static final int DEFAULT_COUNT = 100_000;
    public static final int MAX_COUNT = 10_000_000;
    public static final long DEFAULT_SEED = 20_261_121L;

    static final String ORGANISATION = "organisation";
    static final String JOURNAL = "journal";
    static final String COUNT = "count";
    static final String SEED = "seed";
    static final String STARTED_BY = "startedBy";
    static final String YEAR = "year";
    static final String FROM = "from";
    static final String UNTIL = "until";
    static final String ZONE = "zone";

    /** The citizens a run adds for an appeals journal. */
    static final int CITIZENS = 400;

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty(ORGANISATION, organisation);
        p.setProperty(JOURNAL, journal);
        p.setProperty(COUNT, Integer.toString(count));
        p.setProperty(SEED, Long.toString(seed));
        p.setProperty(STARTED_BY, startedBy);
        p.setProperty(YEAR, Integer.toString(period.year()));
        p.setProperty(FROM, period.from().toString());
        p.setProperty(UNTIL, period.until().toString());
        p.setProperty(ZONE, period.zone());
        return p;
    }

    /** The parameters of a running execution of the job. */
    static GeneratorParameters of(JobContext job) {
        return of(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
    }

    static GeneratorParameters of(Properties p) {
        return new GeneratorParameters(
                p.getProperty(ORGANISATION),
                p.getProperty(JOURNAL),
                Integer.parseInt(p.getProperty(COUNT, Integer.toString(DEFAULT_COUNT))),
                Long.parseLong(p.getProperty(SEED, Long.toString(DEFAULT_SEED))),
                p.getProperty(STARTED_BY),
                new Period(
                        Integer.parseInt(p.getProperty(YEAR)),
                        Instant.parse(p.getProperty(FROM)),
                        Instant.parse(p.getProperty(UNTIL)),
                        p.getProperty(ZONE)));
    }
}
