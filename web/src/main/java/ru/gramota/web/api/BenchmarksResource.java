package ru.gramota.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.access.UserAccount;
import ru.gramota.batch.generator.SearchBenchmarks;
import ru.gramota.search.SearchBenchmark;

/**
 * The benchmarks that must run inside the server (scripts/benchmark-search.sh): search through the
 * service beside raw Lucene, and raw indexing. Behind the data generator's gate: off unless the
 * installation turns it on (GRAMOTA_GENERATOR_ENABLED=true); installation administrators only.
 */
@Path("/generator/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Data generator")
public class BenchmarksResource {

    /** A search benchmark: whose searches, which mix, how many clients for how long. */
    @Schema(name = "SearchBenchmarkRun")
    public record SearchRun(
            @Schema(
                    required = true,
                    maxLength = UserAccount.USERNAME_LENGTH,
                    example = "clerk.gov",
                    description = "Whose access the searches apply")
            String username,

            @Schema(required = true, description = "The mix, 1 to 100 queries, each as GET /api/v1/search takes it")
            List<SearchBenchmarks.MixQuery> queries,

            @Schema(
                    minimum = "1",
                    maximum = "64",
                    example = "4",
                    description = "Clients searching at once; 4 if absent")
            Integer clients,

            @Schema(
                    minimum = "0",
                    maximum = "600",
                    example = "10",
                    description = "Seconds searched before timing; 10 if absent")
            Integer warmUpSeconds,

            @Schema(minimum = "1", maximum = "600", example = "30", description = "Seconds timed; 30 if absent")
            Integer seconds) {}

    /** An indexing benchmark: how many of the records a rebuild reads, by how many threads. */
    @Schema(name = "IndexingBenchmarkRun")
    public record IndexingRun(
            @Schema(
                    required = true,
                    minimum = "1",
                    maximum = "2000000",
                    example = "200000",
                    description = "Records, 1 to 2,000,000")
            Integer records,

            @Schema(minimum = "1", maximum = "16", example = "2", description = "Threads writing; 2 if absent")
            Integer threads) {}

    @EJB
    private SearchBenchmarks benchmarks;

    @POST
    @Path("search")
    @Operation(
            summary = "Time a mix of searches through the search service and on raw Lucene",
            description = "The clients run the mix in turn through the search service, as the user searches, then the"
                    + " same queries on the same index with no access filter, highlights or mapping; each for the"
                    + " warm-up and then the timed seconds. Answers the latency percentiles and the searches a second"
                    + " of both. Reads only. Only when the server runs with GRAMOTA_GENERATOR_ENABLED=true, and only"
                    + " for an installation administrator.")
    @APIResponse(responseCode = "200", description = "The service's figures and raw Lucene's")
    @APIResponse(responseCode = "400", description = "A field out of range, no queries, or a user who may read nothing")
    @APIResponse(responseCode = "403", description = "The generator is off here, or the caller is not an administrator")
    public SearchBenchmarks.Queries search(SearchRun run) {
        Requests.body(run);
        return benchmarks.queries(
                run.username(),
                run.queries(),
                run.clients() == null ? 4 : run.clients(),
                run.warmUpSeconds() == null ? 10 : run.warmUpSeconds(),
                run.seconds() == null ? 30 : run.seconds());
    }

    @POST
    @Path("indexing")
    @Operation(
            summary = "Time raw Lucene indexing of the records a rebuild reads",
            description = "Reads the first 'records' records as a rebuild of the search index reads them (not"
                    + " timed), then times writing them by 'threads' threads into a fresh index beside the live one,"
                    + " with the same analysis, until committed; the fresh index is deleted. Only when the server"
                    + " runs with GRAMOTA_GENERATOR_ENABLED=true, and only for an installation administrator.")
    @APIResponse(responseCode = "200", description = "Records, seconds, records a second and the index's bytes")
    @APIResponse(responseCode = "400", description = "A field out of range")
    @APIResponse(responseCode = "403", description = "The generator is off here, or the caller is not an administrator")
    public SearchBenchmark.Indexing indexing(IndexingRun run) {
        Requests.body(run);
        return benchmarks.indexing(run.records(), run.threads() == null ? 2 : run.threads());
    }
}
