package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import ru.gramota.files.StoredFile;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.BusinessTime;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Localized;
import ru.gramota.registry.service.Attachments;
import ru.gramota.registry.service.Desk;
import ru.gramota.registry.service.JournalView;
import ru.gramota.registry.service.NewRegistration;
import ru.gramota.registry.service.RegistrationCard;
import ru.gramota.registry.service.RegistrationCard.DocumentReference;
import ru.gramota.registry.service.RegistrationForms;
import ru.gramota.registry.service.Registrations;

/**
 * The registration form of one journal ({@code ?organisation=…&journal=…}): the requisites its kind
 * of document needs ({@link CardFormPage}), files uploaded while the card is filled in, and the
 * probable-duplicate warning, which the clerk confirms or cancels. After a registration the form is
 * empty again for the next letter, with the number just given above it.
 */
@Named
@ViewScoped
public class RegistrationPage extends CardFormPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegistrationForms forms;

    @EJB
    private Attachments attachments;

    @EJB
    private Desk desk;

    @Inject
    private BusinessTime time;

    private String organisation;
    private String journalCode;
    private boolean loaded;
    private JournalView journal;
    private String refusal;
    private final List<StoredFile> files = new ArrayList<>();

    private List<DocumentReference> duplicates = List.of();
    private RegistrationCard registered;

    /**
     * The journal named by the view parameters, its cases and departments, read once per view. The
     * parameters live in the view's state, so every postback of the form finds the same journal.
     */
    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        journal = desk.myJournals().stream()
                .filter(j ->
                        j.organisationCode().equals(organisation) && j.code().equals(journalCode))
                .findFirst()
                .orElse(null);
        if (journal == null) {
            refusal = "Вы не ведёте такой журнал. Выберите журнал в разделе «Регистрация».";
            return;
        }
        loadChoices(organisation, time.year());
    }

    /** Registers the card with its files; on a probable duplicate, asks the clerk first. */
    public void register() {
        register(null);
    }

    /** The clerk has seen the warning: this card duplicates the earlier one, register it as such. */
    public void registerAsDuplicate() {
        register(duplicates.get(0).id());
    }

    /** The clerk has seen the warning and does not register the card; the form keeps what was typed. */
    public void cancelDuplicate() {
        duplicates = List.of();
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_WARN,
                                "Не зарегистрирован",
                                "Документ не зарегистрирован: он уже есть в журнале."));
    }

    private void register(Long confirmedDuplicateOf) {
        duplicates = List.of();
        try {
            registered = forms.register(
                    new NewRegistration(
                            getJournal().organisationCode(),
                            getJournal().code(),
                            getForm().getDocumentDate(),
                            getForm().input(),
                            confirmedDuplicateOf),
                    List.copyOf(files));
            setForm(new CardForm());
            files.clear();
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "registration", CardForm.INPUTS);
        } catch (ConflictException e) {
            if (Registrations.PROBABLE_DUPLICATE.equals(e.type())) {
                duplicates = e.conflicts().stream()
                        .map(DocumentReference.class::cast)
                        .toList();
            } else {
                FacesErrors.global("Не зарегистрирован", e.message(Localized.RUSSIAN));
            }
        } catch (AccessDeniedException e) {
            FacesErrors.global("Нет прав", e.message(Localized.RUSSIAN));
        }
    }

    /** Stores an uploaded file until the card is registered. */
    public void upload(FileUploadEvent event) {
        StoredFile stored = Uploads.receive(event, attachments::upload, "uploads");
        if (stored != null) {
            files.add(stored);
        }
    }

    public void removeFile(StoredFile file) {
        files.remove(file);
    }

    public long getMaxFileBytes() {
        return attachments.maxBytes();
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

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getJournalCode() {
        return journalCode;
    }

    public void setJournalCode(String journalCode) {
        this.journalCode = journalCode;
    }

    public List<StoredFile> getFiles() {
        return files;
    }

    public List<DocumentReference> getDuplicates() {
        return duplicates;
    }

    public RegistrationCard getRegistered() {
        return registered;
    }
}
