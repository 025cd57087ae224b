package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.gramota.control.AssignmentFiles;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.UnknownEntityException;

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
        long[] ids = Downloads.ids(request);
        if (ids == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AssignmentFiles.Download download;
        try {
            download = files.download(ids[0], ids[1]);
        } catch (UnknownEntityException | AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(
                response,
                download.file().mediaType(),
                download.file().size(),
                download.file().fileName(),
                false,
                null,
                download.content());
    }
}
