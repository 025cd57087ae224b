/**
 * The REST API under {@code /api/v1}: thin JAX-RS resources over the administration layer
 * ({@code ru.gramota.admin}), one error format (RFC 9457 problem details, {@link
 * ru.gramota.web.api.Problem}), bearer-token authentication ({@code ru.gramota.access.SessionSignIn}).
 * One mapper answers every refusal of the services ({@code ProblemMappers.Refused}, on {@link
 * ru.gramota.platform.LocalizedException}). JSON bodies are read in one place, strictly ({@link
 * ru.gramota.web.api.StrictJsonBodies}), into the records each resource declares beside it (the
 * registration resource's, which share the card's fields, in a file next to it: {@code CardRequests}). The OpenAPI document is served at
 * {@code /openapi}; the records' annotations and {@link ru.gramota.web.api.RequestSchemas} state what
 * the services require of each field.
 */
package ru.gramota.web.api;
