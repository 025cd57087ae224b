package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import ru.gramota.control.AssignmentFiles;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.web.ContentDisposition;

/**
 * Downloads of report files for the pages: {@code /assignment-files/<assignment>/<file>}, with the
 * signed-in session. A file of an assignment on a document the reader may not read is not found.
 */
@WebServlet("/assignment-files/*")
public class AssignmentFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AssignmentFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = request.getPathInfo() == null
                ? new String[0]
                : request.getPathInfo().split("/");
        if (path.length != 3) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AssignmentFiles.Download download;
        try {
            download = files.download(Long.parseLong(path[1]), Long.parseLong(path[2]));
        } catch (NumberFormatException | UnknownEntityException | AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(download.file().mediaType());
        response.setContentLengthLong(download.file().size());
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.of(false, download.file().fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream content = download.content()) {
            content.transferTo(response.getOutputStream());
        }
    }
}
