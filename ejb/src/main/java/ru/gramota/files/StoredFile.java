package ru.gramota.files;

import java.io.Serializable;

/**
 * A file already checked and in the blob store ({@link FileIntake}), not yet attached to anything:
 * what a registration form holds between the upload and the moment the card is saved, or a report's
 * file before its row is written. If the card is never saved, the blob has no row; the orphan
 * sweeper, which is not built yet (it comes with the archive jobs), is to remove such blobs.
 *
 * @param name the file name as the sender's computer had it, without a path
 * @param sha256 the content's SHA-256, its name in the blob store
 * @param size the size in bytes
 * @param analysis its type, pages and text
 */
public record StoredFile(String name, String sha256, long size, Analysis analysis) implements Serializable {}
