package ru.gramota.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Content-Disposition of a downloaded file, for the API and the pages alike. */
public final class ContentDisposition {

    private ContentDisposition() {}

    /**
     * RFC 6266: an ASCII fallback name for old clients and the real name, percent-encoded UTF-8, in
     * {@code filename*}, so that "Скан письма.pdf" arrives as such.
     */
    public static String of(boolean inline, String fileName) {
        String fallback =
                fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
