package ru.gramota.files;

/** What became of the text of an analysed file. */
public enum TextStatus {
    /** All the text was extracted. */
    EXTRACTED,
    /** The text was longer than the write limit; the beginning, up to the limit, was kept. */
    TRUNCATED,
    /** The file has no text: a format without text (TIFF) or a document without any (a scan). */
    NONE,
    /** The file is larger than the limit for extraction; its text was not read. */
    SKIPPED_TOO_LARGE,
    /** The file could not be parsed: corrupt, encrypted or not what its type says. */
    FAILED
}
