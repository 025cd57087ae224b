/**
 * The Java migrations of the Flyway history ({@code db/migration} holds the SQL ones), named to
 * Flyway by {@link ru.gramota.platform.DatabaseSchema}. A migration is frozen once released: it uses
 * the JDK, Flyway and this package only, never a domain class, and keeps its own copy of any rule it
 * applies, so that a fresh installation and an upgraded one end with the same data whatever the
 * domain's code becomes (checked by {@code ru.gramota.BoundariesTest}).
 */
package ru.gramota.platform.migration;
