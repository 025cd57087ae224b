package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.gramota.control.AssignmentView;
import ru.gramota.control.Deadline;
import ru.gramota.control.Deadlines;
import ru.gramota.control.NewResolution;
import ru.gramota.control.ResolutionView;
import ru.gramota.control.Resolutions;
import ru.gramota.control.Urgency;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.BusinessTime;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Localized;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.service.RegistrationCard.Person;

/**
 * The card's resolutions with their trees of assignments, and the resolution form for a manager of
 * the card's organisation: executors picked as one types, the deadline proposed by urgency and the
 * production calendar and shown with its weekday before it is written.
 */
@Named
@ViewScoped
public class ResolutionPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    /** An assignment in a tree, with its depth for the indent. */
    public record Row(int depth, AssignmentView assignment) {}

    @Inject
    private DocumentPage page;

    @EJB
    private Resolutions resolutions;

    @EJB
    private Deadlines deadlines;

    @Inject
    private BusinessTime time;

    private String text;
    private Person responsible;
    private List<Person> coExecutors = new ArrayList<>();
    private String urgency = Urgency.ORDINARY.name();
    private LocalDate deadline;
    private boolean onControl = true;
    private Person controller;
    private transient List<ResolutionView> written;
    private Boolean allowed;

    /** The card's resolutions, oldest first. */
    public List<ResolutionView> getResolutions() {
        if (written == null) {
            written = page.getCard() == null ? List.of() : resolutions.ofDocument(page.getId());
        }
        return written;
    }

    /** A resolution's assignments as rows, each followed by those passed down from it. */
    public List<Row> rows(ResolutionView resolution) {
        List<Row> rows = new ArrayList<>();
        resolution.assignments().forEach(a -> flatten(a, 0, rows));
        return rows;
    }

    private static void flatten(AssignmentView a, int depth, List<Row> rows) {
        rows.add(new Row(depth, a));
        a.children().forEach(c -> flatten(c, depth + 1, rows));
    }

    /** Whether the reader may write a resolution here: a manager of its organisation, on a registered card. */
    public boolean isAllowed() {
        if (allowed == null) {
            allowed = page.getCard() != null && resolutions.mayWrite(page.getId());
        }
        return allowed;
    }

    /** The deadline the form would give, with its weekday, or null while the written date is wrong. */
    public Deadline getProposed() {
        try {
            return deadline != null
                    ? deadlines.written(time.today(), deadline)
                    : deadlines.proposed(time.today(), chosenUrgency());
        } catch (InvalidInputException e) {
            return null;
        }
    }

    public void write() {
        try {
            written = resolutions.write(new NewResolution(
                    page.getId(),
                    text,
                    responsible == null ? null : responsible.username(),
                    coExecutors.stream().map(Person::username).toList(),
                    deadline,
                    deadline == null ? chosenUrgency() : null,
                    onControl,
                    onControl && controller != null ? controller.username() : null));
            page.reload();
            FacesErrors.done("Резолюция записана", "Поручения выданы исполнителям.");
            text = null;
            responsible = null;
            coExecutors = new ArrayList<>();
            deadline = null;
        } catch (InvalidInputException e) {
            FacesErrors.show(
                    e,
                    "resolutionForm",
                    Map.of(
                            "text",
                            "resolutionText",
                            "responsible",
                            "responsible",
                            "coExecutors",
                            "coExecutors",
                            "deadline",
                            "deadline",
                            "urgency",
                            "urgency",
                            "controller",
                            "controller"));
        } catch (ConflictException | AccessDeniedException | UnknownEntityException e) {
            FacesErrors.refused(e);
        }
    }

    private Urgency chosenUrgency() {
        return InvalidInputException.oneOf(urgency, "urgency", Urgency.values());
    }

    public List<Person> executors(String typed) {
        return people(false, typed);
    }

    public List<Person> controllers(String typed) {
        return people(true, typed);
    }

    private List<Person> people(boolean controllers, String typed) {
        return resolutions.candidates(page.getId(), controllers, typed, SUGGESTIONS).stream()
                .map(p -> new Person(p.username(), p.fullName()))
                .toList();
    }

    public List<Urgency> getUrgencies() {
        return List.of(Urgency.values());
    }

    /** The urgency in Russian. */
    public String urgencyName(Urgency u) {
        return switch (u) {
            case URGENT -> "срочно (3 дня)";
            case PROMPT -> "оперативно (10 дней)";
            case ORDINARY -> "обычно (30 дней)";
        };
    }

    public Locale getLanguage() {
        return Localized.RUSSIAN;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Person getResponsible() {
        return responsible;
    }

    public void setResponsible(Person responsible) {
        this.responsible = responsible;
    }

    public List<Person> getCoExecutors() {
        return coExecutors;
    }

    public void setCoExecutors(List<Person> coExecutors) {
        this.coExecutors = coExecutors == null ? new ArrayList<>() : new ArrayList<>(coExecutors);
    }

    public String getUrgency() {
        return urgency;
    }

    public void setUrgency(String urgency) {
        this.urgency = urgency;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean isOnControl() {
        return onControl;
    }

    public void setOnControl(boolean onControl) {
        this.onControl = onControl;
    }

    public Person getController() {
        return controller;
    }

    public void setController(Person controller) {
        this.controller = controller;
    }
}
