/**
 * The REST API under {@code /api/v1}: thin JAX-RS resources over the administration layer
 * ({@code ru.gramota.admin}), one error format (RFC 9457 problem details, {@link
 * ru.gramota.web.api.Problem}), bearer-token authentication ({@code ru.gramota.access.SessionSignIn}).
 * The OpenAPI document is served at {@code /openapi}.
 */
package ru.gramota.web.api;
