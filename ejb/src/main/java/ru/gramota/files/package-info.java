/**
 * Attachment files: {@link ru.gramota.files.BlobStore} keeps each file once, named by the SHA-256 of
 * its content, in a directory of the server (no database), and {@link ru.gramota.files.FileAnalysis}
 * finds a staged file's media type, page count and text with Apache Tika. The registration service
 * calls them to store a document's attachments: stage the upload, analyse it, commit the blob, and only
 * then write the row that refers to its hash, so a row never points to a missing file and a failure
 * leaves at most an unreferenced blob. The orphan sweeper will use {@link
 * ru.gramota.files.BlobStore#list()} to find blobs no row refers to. Nothing here knows about
 * documents, rights or transactions; callers check access before they store or open a file.
 */
package ru.gramota.files;
