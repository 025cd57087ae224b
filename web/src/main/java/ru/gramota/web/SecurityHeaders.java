package ru.gramota.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.gramota.access.OpenIdSignIn;

/**
 * Security headers on every answer: no MIME sniffing, no framing by other sites, no referrer beyond
 * this origin. Pages carry two Content-Security-Policy headers, which a browser enforces both:
 * PrimeFaces' own for scripts (primefaces.CSP in web.xml: from here or with the page's nonce) and
 * this one for framing, plugins, base and form targets. API answers and downloads get a policy that
 * allows nothing to run; downloads only refuse framing by other sites, since a PDF shown in the
 * browser needs the browser's viewer. When an OpenID Connect provider is configured, forms may also
 * lead there: signing out sends the browser on to the provider to end its session as well.
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private OpenIdSignIn openId;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
        } else if (path.startsWith("/files/")) {
            // A PDF shown in the browser needs its viewer: no policy on the content, only on framing.
            response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        } else {
            String formTargets = String.join(" ", openId.origins());
            response.addHeader(
                    "Content-Security-Policy",
                    "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"
                            + (formTargets.isEmpty() ? "" : " " + formTargets));
        }
        chain.doFilter(request, response);
    }
}
