package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.LinkType;
import ru.gramota.registry.service.CardDetails;
import ru.gramota.registry.service.CorrespondentView;
import ru.gramota.registry.service.Desk;
import ru.gramota.registry.service.RegistrationCard;

/**
 * A registration card: every requisite in words (people by name, organisations and departments by
 * name), its files, links and history, and for the registry of its organisation the actions on it
 * ({@link CardActions}, the correction page, the printed card). A card that does not exist and one
 * the reader may not read look the same (404 with no content), so guessing ids tells nothing.
 * The card's id lives in the view's state, so the actions' postbacks find the same card.
 */
@Named
@ViewScoped
public class DocumentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CardDetails cards;

    private Long id;
    private transient CardDetails.Details details;
    private String refusal;

    /** Loads the card named by the {@code id} parameter, once per view (and again after an action). */
    public void load() {
        if (details != null || refusal != null) {
            return;
        }
        if (id == null) {
            refuse(HttpServletResponse.SC_NOT_FOUND, "Документ не указан.");
            return;
        }
        try {
            details = cards.of(id);
        } catch (AccessDeniedException | UnknownEntityException e) {
            // One answer for both, so that trying ids tells nothing about other organisations' cards.
            refuse(HttpServletResponse.SC_NOT_FOUND, "Такого документа нет.");
        }
    }

    /** Reads the card again after an action changed it. */
    void reload() {
        details = null;
        load();
    }

    private void refuse(int status, String message) {
        refusal = message;
        details = null;
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

    /** The card's state in Russian. */
    public String statusName(String status) {
        return "CANCELLED".equals(status) ? "регистрация отменена" : "зарегистрирован";
    }

    /** The kinds of link a clerk chooses from, as the linking card reads them ("в ответ на"). */
    public List<LinkType> getLinkTypes() {
        return List.of(LinkType.values());
    }

    /** Whom the card is addressed to: employees by name, then correspondents, in one line. */
    public String getAddressees() {
        RegistrationCard card = getCard();
        return card == null
                ? ""
                : Stream.concat(
                                card.addressees().stream().map(RegistrationCard.Person::fullName),
                                card.addresseeCorrespondents().stream().map(CorrespondentView::name))
                        .collect(Collectors.joining(", "));
    }

    /** The person's full name for a user name the card or its history mentions. */
    public String name(String username) {
        return getDetails() == null ? username : details.name(username);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CardDetails.Details getDetails() {
        load();
        return details;
    }

    public RegistrationCard getCard() {
        return getDetails() == null ? null : details.card();
    }

    public List<Desk.HistoryEntry> getHistory() {
        return getDetails() == null ? List.of() : details.history();
    }

    /** Whether the reader is the registry of the card's organisation, who may change it. */
    public boolean isChangeable() {
        return getDetails() != null && details.changeable();
    }

    /** Whether the card can still be corrected, cancelled or added to: it is not cancelled. */
    public boolean isOpenForChanges() {
        return isChangeable() && "REGISTERED".equals(details.card().status());
    }

    public String getRefusal() {
        load();
        return refusal;
    }
}
