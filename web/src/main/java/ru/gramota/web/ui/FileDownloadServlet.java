package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.service.Attachments;
import ru.gramota.web.ContentDisposition;

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
        String[] path = request.getPathInfo() == null
                ? new String[0]
                : request.getPathInfo().split("/");
        if (path.length != 3) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.Download download;
        try {
            download = attachments.download(Long.parseLong(path[1]), Long.parseLong(path[2]));
        } catch (NumberFormatException | UnknownEntityException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean inline = "true".equals(request.getParameter("inline"));
        response.setContentType(download.file().mediaType());
        response.setContentLengthLong(download.file().size());
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.of(inline, download.file().fileName()));
        response.setHeader("ETag", "\"" + download.file().sha256() + "\"");
        try (InputStream content = download.content()) {
            content.transferTo(response.getOutputStream());
        }
    }
}
