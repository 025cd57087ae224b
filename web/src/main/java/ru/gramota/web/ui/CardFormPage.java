package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import java.io.Serializable;
import java.text.Collator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import ru.gramota.admin.DepartmentView;
import ru.gramota.admin.OrganisationAdministration;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.PlainRequisite;
import ru.gramota.registry.Requisites;
import ru.gramota.registry.service.CaseView;
import ru.gramota.registry.service.CorrespondentView;
import ru.gramota.registry.service.Correspondents;
import ru.gramota.registry.service.JournalView;
import ru.gramota.registry.service.Nomenclature;
import ru.gramota.registry.service.RegistrationCard.Person;
import ru.gramota.registry.service.RegistrationForms;

/**
 * What the registration form and the correction form share ({@code WEB-INF/includes/card-fields.xhtml}):
 * the fields the journal's kind of document needs, the pickers of correspondents and people, and
 * the choices of cases, departments, act types and delivery channels.
 */
public abstract class CardFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int SUGGESTIONS = 15;

    @EJB
    private RegistrationForms forms;

    @EJB
    private Correspondents correspondents;

    @EJB
    private Nomenclature nomenclature;

    @EJB
    private OrganisationAdministration administration;

    private CardForm form = new CardForm();
    private List<CaseView> cases = List.of();
    private List<DepartmentView> departments = List.of();

    /** The journal of the card, or null when the page refuses to show the form. */
    public abstract JournalView getJournal();

    /** Reads the cases of the year's nomenclature and the departments the form offers. */
    protected void loadChoices(String organisation, int year) {
        cases = nomenclature.cases(organisation, year);
        departments = administration.departments(organisation);
    }

    public CardForm getForm() {
        return form;
    }

    protected void setForm(CardForm form) {
        this.form = form;
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

    /** Internal documents must name whom they are addressed to. */
    public boolean isAddresseesRequired() {
        return is(DocumentKind.INTERNAL);
    }

    /** The journal's number has the case's index in it. */
    public boolean isCaseRequired() {
        return getJournal() != null && getJournal().numberPattern().contains("{caseIndex}");
    }

    /** The journal's number has the department's code in it. */
    public boolean isDepartmentRequired() {
        return getJournal() != null && getJournal().numberPattern().contains("{dept}");
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

    /** Every plain requisite, for the form to lay out; {@link #shows} says which ones it shows. */
    public List<PlainRequisite> getPlainRequisites() {
        return List.of(PlainRequisite.values());
    }

    /** Whether the form shows the plain requisite for the journal's kind. */
    public boolean shows(PlainRequisite requisite) {
        return getJournal() != null
                && requisite.shownFor(DocumentKind.valueOf(getJournal().documentKind()));
    }

    private static List<String> sorted(Collection<String> values) {
        Collator russian = Collator.getInstance(Locale.forLanguageTag("ru"));
        return values.stream().sorted(russian).toList();
    }

    public List<CaseView> getCases() {
        getJournal();
        return cases;
    }

    public List<DepartmentView> getDepartments() {
        getJournal();
        return departments;
    }
}
