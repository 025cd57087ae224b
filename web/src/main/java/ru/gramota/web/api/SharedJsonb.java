package ru.gramota.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B context for every answer of the API. Without a {@code ContextResolver<Jsonb>}, RESTEasy's
 * JSON-B provider builds a new {@link Jsonb} for every entity it writes and closes it afterwards, so
 * Yasson looked up its providers and introspected every class of the answer again for each request:
 * two thirds of a registration's time (p50 13.9–16.7 ms before, 5.5 ms after; docs/benchmarks.md).
 * A {@link Jsonb} is thread-safe and keeps what it learnt of a class; this one has the default
 * configuration, so the answers are the same.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
