/**
 * The writer of the registration generator (the {@code generate-registrations} job in {@code
 * ru.gramota.batch.generator}): prepares the directory entries and cases generated cards refer to
 * ({@link ru.gramota.registry.generator.GeneratorPools}) and registers blocks of generated cards
 * through the registry's domain ({@link ru.gramota.registry.generator.GeneratedRegistrations}).
 * Only the generator's batch artifacts call it; it checks no caller, so it is no way in for
 * clerks, and the registration services do not use it.
 */
package ru.gramota.registry.generator;
