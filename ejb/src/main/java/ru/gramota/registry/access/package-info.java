/**
 * Who reads a document and what an audit view shows of it: the document access policy ({@link
 * ru.gramota.registry.access.DocumentAccessPolicy}, with its query form {@link
 * ru.gramota.registry.access.DocumentFilter}), which refuses a document one may not read as a missing
 * one ({@link ru.gramota.registry.access.DocumentAccess}); grants of access to one document; who sees a
 * citizen ({@link ru.gramota.registry.access.AccessSubject#sees}); and what an audit view may show of
 * documents and citizens ({@link ru.gramota.registry.access.RecordedContent}). It asks {@code
 * ru.gramota.access} who the reader is and which roles they hold in which organisations.
 */
package ru.gramota.registry.access;
