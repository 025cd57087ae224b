package ru.gramota.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import ru.gramota.web.ContentDisposition;

/** What the pages' download servlets share: the two ids of their path, and the answer with the file. */
final class Downloads {

    private Downloads() {}

    /** The owner's and the file's ids of a path {@code /<owner>/<file>}, or null when it is not one. */
    static long[] ids(HttpServletRequest request) {
        String[] path = request.getPathInfo() == null
                ? new String[0]
                : request.getPathInfo().split("/");
        if (path.length != 3) {
            return null;
        }
        try {
            return new long[] {Long.parseLong(path[1]), Long.parseLong(path[2])};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Sends the file with its type, size and name; inline asks the browser to show it. Closes the content. */
    static void send(
            HttpServletResponse response,
            String mediaType,
            long size,
            String fileName,
            boolean inline,
            String sha256,
            InputStream content)
            throws IOException {
        try (InputStream in = content) {
            response.setContentType(mediaType);
            response.setContentLengthLong(size);
            response.setHeader("Content-Disposition", ContentDisposition.of(inline, fileName));
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (sha256 != null) {
                response.setHeader("ETag", "\"" + sha256 + "\"");
            }
            in.transferTo(response.getOutputStream());
        }
    }
}
