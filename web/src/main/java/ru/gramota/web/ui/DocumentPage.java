package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.service.Desk;
import ru.gramota.registry.service.RegistrationCard;
import ru.gramota.registry.service.Registrations;

/**
 * A registration card: its requisites, files, links and history. A card that does not exist and
 * one the reader may not read look the same (403 or 404 with no content), so guessing ids tells
 * nothing.
 */
@Named
@RequestScoped
public class DocumentPage {

    @EJB
    private Registrations registrations;

    @EJB
    private Desk desk;

    private Long id;
    private RegistrationCard card;
    private List<Desk.HistoryEntry> history;
    private String refusal;

    /** Loads the card named by the {@code id} parameter, once per request. */
    public void load() {
        if (card != null || refusal != null) {
            return;
        }
        if (id == null) {
            refuse(HttpServletResponse.SC_NOT_FOUND, "Документ не указан.");
            return;
        }
        try {
            card = registrations.read(id);
            history = desk.history(id);
        } catch (AccessDeniedException e) {
            refuse(HttpServletResponse.SC_FORBIDDEN, "У вас нет доступа к этому документу.");
        } catch (UnknownEntityException e) {
            refuse(HttpServletResponse.SC_NOT_FOUND, "Такого документа нет.");
        }
    }

    private void refuse(int status, String message) {
        refusal = message;
        card = null;
        history = List.of();
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }

    /** "Документ подписан" and the like in Russian: the action names of the audit trail. */
    public String action(String action) {
        return switch (action) {
            case "REGISTER" -> "Зарегистрирован";
            case "EDIT" -> "Исправлена карточка";
            case "CANCEL" -> "Регистрация отменена";
            case "ATTACH" -> "Приложен файл";
            case "LINK" -> "Добавлена связь";
            case "READ_RESTRICTED" -> "Прочитан (ДСП)";
            default -> action;
        };
    }

    /** The kind of document in Russian. */
    public String kindName(String kind) {
        return kind == null ? "" : DocumentKind.valueOf(kind).russianName();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RegistrationCard getCard() {
        load();
        return card;
    }

    public List<Desk.HistoryEntry> getHistory() {
        load();
        return history;
    }

    public String getRefusal() {
        load();
        return refusal;
    }
}
