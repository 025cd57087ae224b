package ru.gramota.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import ru.gramota.access.OpenIdSignIn;
import ru.gramota.access.SessionSignIn;

/**
 * The sign-in page: the form checks the credentials and continues to the page that was asked for;
 * when an OpenID Connect provider is configured, a button leads there instead, and a refusal from that
 * way in is shown here. The page is a stateless view and a sent form always ends in a redirect (to
 * the page asked for, or back here with the refusal): nothing is rendered in answer to a POST, so a
 * page left open for hours still signs in, and PrimeFaces' script nonce, which this page without
 * PrimeFaces never posts, is never asked for.
 */
@Named
@RequestScoped
public class SignInForm {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private OpenIdSignIn openId;

    /** Session attribute: the form's last refusal, for the page after the redirect. */
    private static final String REFUSAL = "ru.gramota.web.security.signInRefusal";

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (username == null || username.isEmpty()) {
            refuse(request, "Введите имя пользователя", "");
            return;
        }
        if (password == null || password.isEmpty()) {
            refuse(request, "Введите пароль", "");
            return;
        }
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                // A new session id at sign-in: an id planted before it is worthless afterwards.
                request.changeSessionId();
                redirect(SessionSignIn.returnTo(request));
            }
            default ->
                refuse(
                        request,
                        "Неверное имя пользователя или пароль",
                        "Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.");
        }
    }

    /**
     * Back to the sign-in page with the refusal, shown there once: a sent form always ends in a
     * redirect, so reloading the page never sends the password again.
     */
    private void refuse(HttpServletRequest request, String summary, String detail) throws IOException {
        request.getSession().setAttribute(REFUSAL, new Refusal(summary, detail, username));
        redirect(request.getContextPath() + SessionSignIn.SIGN_IN_PAGE);
    }

    private void redirect(String target) throws IOException {
        HttpServletResponse response =
                (HttpServletResponse) faces.getExternalContext().getResponse();
        // A failed authentication may have set 401 already: the browser must follow the redirect.
        response.setStatus(HttpServletResponse.SC_FOUND);
        faces.getExternalContext().redirect(target);
        faces.responseComplete();
    }

    /**
     * Shows why the last sign-in was refused (once): the form's refusal with the user name typed,
     * or a refusal from the provider.
     */
    public void showRefusal() {
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
        if (session == null) {
            return;
        }
        if (session.getAttribute(REFUSAL) instanceof Refusal refusal) {
            session.removeAttribute(REFUSAL);
            username = refusal.username();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.summary(), refusal.detail()));
        }
        if (session.getAttribute(SessionSignIn.REFUSAL) instanceof String refusal) {
            session.removeAttribute(SessionSignIn.REFUSAL);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal, ""));
        }
    }

    /** Why the form was refused, kept in the session for the page the browser is redirected to. */
    record Refusal(String summary, String detail, String username) implements Serializable {}

    public boolean isOpenIdEnabled() {
        return openId.enabled();
    }

    public String getOpenIdButton() {
        return openId.buttonText();
    }

    public String getOpenIdStart() {
        return faces.getExternalContext().getRequestContextPath() + OpenIdSignIn.START_PATH;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
