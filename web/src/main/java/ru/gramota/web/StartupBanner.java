package ru.gramota.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Tells whoever started the server where to go once the web application is up. */
@WebListener
public class StartupBanner implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String bind = System.getProperty("jboss.bind.address", "localhost");
        String host = bind.equals("0.0.0.0") || bind.equals("127.0.0.1") ? "localhost" : bind;
        int port =
                Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        LOG.info(() -> String.format(
                "Gramota is ready: open http://%s:%d%s/ and sign in as 'admin' (the password is"
                        + " GRAMOTA_ADMIN_PASSWORD, or the one printed when the database was created)",
                host, port, event.getServletContext().getContextPath()));
    }
}
