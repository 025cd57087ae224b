package ru.gramota.files;

import ru.gramota.platform.Reason;

/**
 * What the file store says about an uploaded file. Each constant's name is its
 * stable {@code code}; the texts are in the one catalogue of {@link ru.gramota.platform.Reason}.
 */
public enum FileReason implements Reason {

    // Files
    FILE_EMPTY,
    FILE_LARGER_THAN,
    FILE_TOO_LARGE,
    FILE_NOT_UTF8,
    FILE_TYPE_NOT_ACCEPTED,
    FILE_NAME_DISAGREES,
    FILE_NAME_MISSING,
    FILE_NAME_INVALID;
}
