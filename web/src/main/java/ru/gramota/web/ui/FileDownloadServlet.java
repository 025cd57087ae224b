package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.service.Attachments;

/**
 * Downloads for the pages: {@code /files/<card>/<file>}, with the signed-in session (the REST API
 * takes bearer tokens instead); {@code ?inline=true} shows a PDF in the browser. The access policy
 * decides, as for the card: a card or file the reader may not read is not found (404), exactly like
 * one that does not exist.
 */
@WebServlet("/files/*")
public class FileDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long[] ids = Downloads.ids(request);
        if (ids == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.Download download;
        try {
            download = attachments.download(ids[0], ids[1]);
        } catch (UnknownEntityException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Downloads.send(
                response,
                download.file().mediaType(),
                download.file().size(),
                download.file().fileName(),
                "true".equals(request.getParameter("inline")),
                download.file().sha256(),
                download.content());
    }
}
