/**
 * Full-text search over Lucene, in Russian. All index code lives behind {@link
 * ru.gramota.search.SearchIndex}; analyzers are defined once in {@link
 * ru.gramota.search.RussianAnalysis}. Each node keeps its own index under the server's data directory
 * (ARCHITECTURE.md, Search); the database index journal that feeds it arrives with registration.
 */
package ru.gramota.search;
