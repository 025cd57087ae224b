package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Localized;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.RegistryReason;
import ru.gramota.registry.service.CardDetails;
import ru.gramota.registry.service.JournalView;
import ru.gramota.registry.service.RegistrationCard;
import ru.gramota.registry.service.Registrations;

/**
 * The correction of a registered card ({@code correct.xhtml?id=…}): the registration form's fields
 * for the card's kind ({@link CardFormPage}), filled with the card as it was read, saved with the
 * version read. If someone else corrected the card meanwhile nothing is written and the form keeps
 * what the clerk typed. Only the registry of the card's organisation gets the form.
 */
@Named
@ViewScoped
public class CorrectionPage extends CardFormPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private CardDetails cards;

    @EJB
    private Registrations registrations;

    private Long id;
    private boolean loaded;
    private JournalView journal;
    private String number;
    private long version;
    private String refusal;

    /**
     * The card named by the view parameter, read once per view: the version the correction is saved
     * against is the one the clerk saw.
     */
    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            refusal = "Документ не указан.";
            return;
        }
        try {
            CardDetails.Details details = cards.of(id);
            RegistrationCard card = details.card();
            if (!details.changeable()) {
                refusal = "Исправлять карточку может только регистратура организации, которая её зарегистрировала.";
            } else if (!"REGISTERED".equals(card.status())) {
                refusal = "Регистрация документа отменена: карточку больше не исправляют.";
            } else {
                journal = details.journal();
                number = card.number();
                version = card.version();
                setForm(CardForm.of(card));
                loadChoices(card.organisationCode(), card.year());
            }
        } catch (AccessDeniedException | UnknownEntityException e) {
            refusal = "Такого документа нет или у вас нет к нему доступа.";
        }
    }

    /** Saves the correction with the version read and goes back to the card. */
    public String save() {
        try {
            registrations.correct(id, version, getForm().input());
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "correction", CardForm.INPUTS);
            return null;
        } catch (ConflictException e) {
            FacesErrors.global("Не сохранено", conflict(e));
            return null;
        } catch (AccessDeniedException e) {
            FacesErrors.refused(e);
            return null;
        }
        FacesErrors.done("Карточка исправлена", "Изменения сохранены и видны в истории документа.");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/document?faces-redirect=true&id=" + id;
    }

    private static String conflict(ConflictException e) {
        if (e.reason() == RegistryReason.CARD_CHANGED) {
            return "Пока вы правили карточку, её исправил другой сотрудник. Ваши правки не сохранены и остались"
                    + " в форме: откройте карточку в новой вкладке, сверьте и внесите их заново.";
        }
        return e.message(Localized.RUSSIAN);
    }

    @Override
    public JournalView getJournal() {
        load();
        return journal;
    }

    public String getRefusal() {
        load();
        return refusal;
    }

    public String getNumber() {
        load();
        return number;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
