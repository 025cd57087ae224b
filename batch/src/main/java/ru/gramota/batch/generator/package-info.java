/**
 * The data generator: the {@code generate-registrations} job, which registers generated documents
 * with realistic Russian summaries and correspondents in one journal for benchmarks and demos, and
 * {@link ru.gramota.batch.generator.RegistrationGenerator}, the one way to start it and follow it
 * (called by the REST API). How registrations are written is the business of {@code
 * ru.gramota.registry.generator} in the ejb module; what they say is decided here.
 */
package ru.gramota.batch.generator;
