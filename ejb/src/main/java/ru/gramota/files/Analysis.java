package ru.gramota.files;

import java.io.Serializable;

/**
 * What {@link FileAnalysis} found in a file.
 *
 * @param mediaType the detected type without parameters, such as {@code application/pdf}
 * @param pages the number of pages, where the format records it (PDF, DOCX, ODT) or counts them
 *     (TIFF images); null when unknown
 * @param text the extracted text, stripped and with runs of blank lines collapsed; null unless
 *     {@code textStatus} is {@link TextStatus#EXTRACTED} or {@link TextStatus#TRUNCATED}
 * @param textStatus what became of the text
 */
public record Analysis(String mediaType, Integer pages, String text, TextStatus textStatus) implements Serializable {}
