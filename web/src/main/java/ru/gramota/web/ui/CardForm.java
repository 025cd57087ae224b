package ru.gramota.web.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.gramota.registry.PlainRequisite;
import ru.gramota.registry.RequisiteValues;
import ru.gramota.registry.service.CardInput;
import ru.gramota.registry.service.CorrespondentView;
import ru.gramota.registry.service.RegistrationCard;
import ru.gramota.registry.service.RegistrationCard.Person;

/**
 * The requisites of a card as its form holds them while a clerk fills it in: empty for a
 * registration, the card's own for a correction. Fields the form does not show for the kind (the
 * text, a type of an incoming letter) keep what the card has, so a correction never drops them.
 */
public class CardForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The input of each field the services name in their errors (the same ids in every card form). */
    static final Map<String, String> INPUTS = withPlainRequisites(
            Map.entry("title", "title"),
            Map.entry("documentType", "documentType"),
            Map.entry("documentDate", "documentDate"),
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
            Map.entry("caseIndex", "caseIndex"));

    private String title;
    private String documentType;
    private String text;
    private LocalDate documentDate;
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
    private boolean restricted;
    private final Map<String, PlainInput> plain = new LinkedHashMap<>();

    CardForm() {
        for (PlainRequisite requisite : PlainRequisite.values()) {
            plain.put(requisite.field(), new PlainInput());
        }
    }

    /** The form of a correction: the card's requisites as they stand. */
    static CardForm of(RegistrationCard card) {
        CardForm form = new CardForm();
        form.title = card.title();
        form.documentType = card.documentType();
        form.text = card.text();
        form.documentDate = card.documentDate();
        for (PlainRequisite requisite : PlainRequisite.values()) {
            form.plain.get(requisite.field()).value = card.values().get(requisite);
        }
        form.departmentCode = card.departmentCode();
        form.correspondent = card.correspondent();
        form.correspondentNumber = card.correspondentNumber();
        form.correspondentDate = card.correspondentDate();
        form.signatoryName = card.signatoryName();
        form.signatory = card.signatory();
        form.setAddressees(card.addressees());
        form.setAddresseeCorrespondents(card.addresseeCorrespondents());
        form.executor = card.executor();
        form.onControl = card.onControl();
        form.controlDeadline = card.controlDeadline();
        form.caseIndex = card.caseIndex();
        form.restricted = card.restricted();
        return form;
    }

    /** What the services take: people by user name, correspondents by id. */
    CardInput input() {
        return new CardInput(
                title,
                documentType,
                text,
                plainValues(),
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
                restricted);
    }

    private RequisiteValues plainValues() {
        Map<PlainRequisite, Object> values = new EnumMap<>(PlainRequisite.class);
        for (PlainRequisite requisite : PlainRequisite.values()) {
            values.put(requisite, plain.get(requisite.field()).value);
        }
        return RequisiteValues.of(values);
    }

    @SafeVarargs
    private static Map<String, String> withPlainRequisites(Map.Entry<String, String>... others) {
        Map<String, String> inputs = new HashMap<>(Map.ofEntries(others));
        for (PlainRequisite requisite : PlainRequisite.values()) {
            inputs.put(requisite.field(), requisite.field());
        }
        return Map.copyOf(inputs);
    }

    /** The inputs of the plain requisites, by field name (each input's id is its field's name). */
    public Map<String, PlainInput> getPlain() {
        return plain;
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

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    /**
     * The value of one plain requisite while the form holds it, under a property of its type, so
     * that the input that shows it converts what the clerk typed as it would for a field of its own.
     */
    public static final class PlainInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private Object value;

        public String getText() {
            return (String) value;
        }

        public void setText(String text) {
            this.value = text;
        }

        public Integer getNumber() {
            return (Integer) value;
        }

        public void setNumber(Integer number) {
            this.value = number;
        }

        public LocalDate getDate() {
            return (LocalDate) value;
        }

        public void setDate(LocalDate date) {
            this.value = date;
        }
    }
}
