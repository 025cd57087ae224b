package ru.gramota.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import ru.gramota.access.OpenIdSignIn;

/**
 * Signs the user out: ends the authentication and the session, then shows the sign-in page; a session
 * that came from the OpenID Connect provider is ended there too, and the provider sends the browser
 * back to the sign-in page.
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    @Inject
    private OpenIdSignIn openId;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<URI> atProvider = openId.endSession(request);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(atProvider.map(URI::toString).orElse(request.getContextPath() + "/login.xhtml"));
    }
}
