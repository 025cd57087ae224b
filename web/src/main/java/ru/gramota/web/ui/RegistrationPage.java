package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import ru.gramota.admin.DepartmentView;
import ru.gramota.admin.OrganisationAdministration;
import ru.gramota.files.FileTooLargeException;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Localized;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.Requisites;
import ru.gramota.registry.service.Attachments;
import ru.gramota.registry.service.CardInput;
import ru.gramota.registry.service.CaseView;
import ru.gramota.registry.service.CorrespondentView;
import ru.gramota.registry.service.Correspondents;
import ru.gramota.registry.service.Desk;
import ru.gramota.registry.service.JournalView;
import ru.gramota.registry.service.NewRegistration;
import ru.gramota.registry.service.Nomenclature;
import ru.gramota.registry.service.RegistrationCard;
import ru.gramota.registry.service.RegistrationCard.DocumentReference;
import ru.gramota.registry.service.RegistrationCard.Person;
import ru.gramota.registry.service.RegistrationForms;
import ru.gramota.registry.service.Registrations;
import ru.gramota.registry.service.StoredFile;

/**
 * The registration form of one journal ({@code ?organisation=…&journal=…}): the requisites its kind
 * of document needs, correspondents and people picked as one types, files uploaded while the card
 * is filled in, and the probable-duplicate warning, which the clerk confirms or cancels. After a
 * registration the form is empty again for the next letter, with the number just given above it.
 */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The input of each field the services name in their errors. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("title", "title"),
            Map.entry("documentType", "documentType"),
            Map.entry("documentDate", "documentDate"),
            Map.entry("pages", "pages"),
            Map.entry("departmentCode", "department"),
            Map.entry("correspondentId", "correspondent"),
            Map.entry("correspondentNumber", "correspondentNumber"),
            Map.entry("correspondentDate", "correspondentDate"),
            Map.entry("signatoryName", "signatoryName"),
            Map.entry("signatory", "signatory"),
            Map.entry("addressees", "addressees"),
            Map.entry("addresseeCorrespondentIds", "addresseeCorrespondents"),
            Map.entry("executor", "executor"),
            Map.entry("controlDeadline", "controlDeadline"),
            Map.entry("caseIndex", "caseIndex"),
            Map.entry("deliveryChannel", "deliveryChannel"));

    private static final int SUGGESTIONS = 15;

    @EJB
    private RegistrationForms forms;

    @EJB
    private Correspondents correspondents;

    @EJB
    private Attachments attachments;

    @EJB
    private Nomenclature nomenclature;

    @EJB
    private OrganisationAdministration administration;

    @EJB
    private Desk desk;

    private String organisation;
    private String journalCode;
    private boolean loaded;
    private JournalView journal;
    private String refusal;
    private List<CaseView> cases = List.of();
    private List<DepartmentView> departments = List.of();

    private String title;
    private String documentType;
    private LocalDate documentDate;
    private Integer pages;
    private String departmentCode;
    private CorrespondentView correspondent;
    private String correspondentNumber;
    private LocalDate correspondentDate;
    private String signatoryName;
    private Person signatory;
    private List<Person> addressees = new ArrayList<>();
    private List<CorrespondentView> addresseeCorrespondents = new ArrayList<>();
    private Person executor;
    private boolean onControl;
    private LocalDate controlDeadline;
    private String caseIndex;
    private String deliveryChannel;
    private boolean restricted;
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
        cases = nomenclature.cases(organisation, LocalDate.now(desk.zone()).getYear());
        departments = administration.departments(organisation);
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
                            documentDate,
                            card(),
                            confirmedDuplicateOf),
                    List.copyOf(files));
            clear();
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "registration", INPUTS);
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

    private CardInput card() {
        return new CardInput(
                title,
                documentType,
                null,
                pages,
                departmentCode,
                correspondent == null ? null : correspondent.id(),
                correspondentNumber,
                correspondentDate,
                signatoryName,
                signatory == null ? null : signatory.username(),
                addressees.stream().map(Person::username).toList(),
                addresseeCorrespondents.stream().map(CorrespondentView::id).toList(),
                executor == null ? null : executor.username(),
                onControl,
                onControl ? controlDeadline : null,
                caseIndex,
                deliveryChannel,
                restricted);
    }

    private void clear() {
        title = null;
        documentType = null;
        documentDate = null;
        pages = null;
        departmentCode = null;
        correspondent = null;
        correspondentNumber = null;
        correspondentDate = null;
        signatoryName = null;
        signatory = null;
        addressees = new ArrayList<>();
        addresseeCorrespondents = new ArrayList<>();
        executor = null;
        onControl = false;
        controlDeadline = null;
        caseIndex = null;
        deliveryChannel = null;
        restricted = false;
        files.clear();
    }

    /** Stores an uploaded file until the card is registered. */
    public void upload(FileUploadEvent event) {
        UploadedFile uploaded = event.getFile();
        try (InputStream content = uploaded.getInputStream()) {
            files.add(attachments.upload(uploaded.getFileName(), content));
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "uploads", Map.of("file", "upload"));
        } catch (FileTooLargeException e) {
            FacesErrors.global("Файл не принят", uploaded.getFileName() + ": " + FacesErrors.text(e.fieldError()));
        } catch (IOException e) {
            FacesErrors.global("Файл не принят", "Файл " + uploaded.getFileName() + " не дошёл; загрузите его снова.");
        }
    }

    public void removeFile(StoredFile file) {
        files.remove(file);
    }

    public List<CorrespondentView> organisations(String typed) {
        return correspondents.search(typed, "ORGANISATION", SUGGESTIONS);
    }

    public List<CorrespondentView> senders(String typed) {
        return correspondents.search(typed, isAppeal() ? "CITIZEN" : "ORGANISATION", SUGGESTIONS);
    }

    public List<Person> people(String typed) {
        return forms.people(getJournal().organisationCode(), typed, SUGGESTIONS);
    }

    public boolean isIncoming() {
        return is(DocumentKind.INCOMING);
    }

    public boolean isAppeal() {
        return is(DocumentKind.CITIZEN_APPEAL);
    }

    /** Incoming letters and appeals come from outside; the rest are the organisation's own. */
    public boolean isReceived() {
        return isIncoming() || isAppeal();
    }

    public boolean isOutgoing() {
        return is(DocumentKind.OUTGOING);
    }

    public boolean isAct() {
        return is(DocumentKind.ACT);
    }

    /** Internal documents and acts are addressed to employees; outgoing ones to correspondents. */
    public boolean isAddressedToEmployees() {
        return !isOutgoing();
    }

    private boolean is(DocumentKind kind) {
        return getJournal() != null && getJournal().documentKind().equals(kind.name());
    }

    public String getKindName() {
        return getJournal() == null
                ? ""
                : DocumentKind.valueOf(getJournal().documentKind()).russianName();
    }

    public List<String> getActTypes() {
        return sorted(Requisites.ACT_TYPES);
    }

    public List<String> getDeliveryChannels() {
        return sorted(Requisites.DELIVERY_CHANNELS);
    }

    private static List<String> sorted(java.util.Collection<String> values) {
        Collator russian = Collator.getInstance(Locale.forLanguageTag("ru"));
        return values.stream().sorted(russian).toList();
    }

    public long getMaxFileBytes() {
        return attachments.maxBytes();
    }

    public JournalView getJournal() {
        load();
        return journal;
    }

    public String getRefusal() {
        load();
        return refusal;
    }

    public List<CaseView> getCases() {
        load();
        return cases;
    }

    public List<DepartmentView> getDepartments() {
        load();
        return departments;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public void setDocumentDate(LocalDate documentDate) {
        this.documentDate = documentDate;
    }

    public Integer getPages() {
        return pages;
    }

    public void setPages(Integer pages) {
        this.pages = pages;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public CorrespondentView getCorrespondent() {
        return correspondent;
    }

    public void setCorrespondent(CorrespondentView correspondent) {
        this.correspondent = correspondent;
    }

    public String getCorrespondentNumber() {
        return correspondentNumber;
    }

    public void setCorrespondentNumber(String correspondentNumber) {
        this.correspondentNumber = correspondentNumber;
    }

    public LocalDate getCorrespondentDate() {
        return correspondentDate;
    }

    public void setCorrespondentDate(LocalDate correspondentDate) {
        this.correspondentDate = correspondentDate;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public void setSignatoryName(String signatoryName) {
        this.signatoryName = signatoryName;
    }

    public Person getSignatory() {
        return signatory;
    }

    public void setSignatory(Person signatory) {
        this.signatory = signatory;
    }

    public List<Person> getAddressees() {
        return addressees;
    }

    public void setAddressees(List<Person> addressees) {
        this.addressees = addressees == null ? new ArrayList<>() : new ArrayList<>(addressees);
    }

    public List<CorrespondentView> getAddresseeCorrespondents() {
        return addresseeCorrespondents;
    }

    public void setAddresseeCorrespondents(List<CorrespondentView> addresseeCorrespondents) {
        this.addresseeCorrespondents =
                addresseeCorrespondents == null ? new ArrayList<>() : new ArrayList<>(addresseeCorrespondents);
    }

    public Person getExecutor() {
        return executor;
    }

    public void setExecutor(Person executor) {
        this.executor = executor;
    }

    public boolean isOnControl() {
        return onControl;
    }

    public void setOnControl(boolean onControl) {
        this.onControl = onControl;
    }

    public LocalDate getControlDeadline() {
        return controlDeadline;
    }

    public void setControlDeadline(LocalDate controlDeadline) {
        this.controlDeadline = controlDeadline;
    }

    public String getCaseIndex() {
        return caseIndex;
    }

    public void setCaseIndex(String caseIndex) {
        this.caseIndex = caseIndex;
    }

    public String getDeliveryChannel() {
        return deliveryChannel;
    }

    public void setDeliveryChannel(String deliveryChannel) {
        this.deliveryChannel = deliveryChannel;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }
}
