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
import ru.gramota.access.OpenIdSignIn;
import ru.gramota.access.SessionSignIn;

/**
 * The sign-in page: the form checks the credentials and continues to the page that was asked for;
 * when an OpenID Connect provider is configured, a button leads there instead, and a refusal from that
 * way in is shown here.
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

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
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
                external.redirect(SessionSignIn.returnTo(request));
            }
            default ->
                faces.addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR,
                                "Неверное имя пользователя или пароль",
                                "Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз."));
        }
    }

    /** Shows why the last sign-in through the provider was refused (once). */
    public void showRefusal() {
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
        if (session != null && session.getAttribute(SessionSignIn.REFUSAL) instanceof String refusal) {
            session.removeAttribute(SessionSignIn.REFUSAL);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal, ""));
        }
    }

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
