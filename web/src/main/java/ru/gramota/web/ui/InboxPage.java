package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import ru.gramota.inbox.Inbox;
import ru.gramota.inbox.NoticeView;
import ru.gramota.platform.UnknownEntityException;

/** My notices, newest first: opening one marks it read and goes to its page. */
@Named
@RequestScoped
public class InboxPage {

    private static final int PAGE = 50;

    @EJB
    private Inbox inbox;

    private List<NoticeView> notices;

    public List<NoticeView> getNotices() {
        if (notices == null) {
            notices = inbox.mine(false, 0, PAGE);
        }
        return notices;
    }

    /** Marks the notice read and opens the page it is about. */
    public void open(long id) {
        try {
            NoticeView notice = inbox.read(id);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + notice.link());
        } catch (UnknownEntityException e) {
            FacesErrors.refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void readAll() {
        int read = inbox.readAll();
        notices = null;
        FacesErrors.done("Все уведомления прочитаны", "Отмечено: " + read);
    }
}
