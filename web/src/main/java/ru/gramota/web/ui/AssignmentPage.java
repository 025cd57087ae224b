package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;
import ru.gramota.control.AssignmentDetails;
import ru.gramota.control.AssignmentFiles;
import ru.gramota.control.AssignmentLists;
import ru.gramota.control.AssignmentState;
import ru.gramota.control.AssignmentView;
import ru.gramota.control.Assignments;
import ru.gramota.control.ExtensionRequest;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.service.RegistrationCard.Person;

/**
 * One assignment: what, by when, from whom, its tree and history, and the steps its people may take:
 * the executor starts, reports, passes down and asks for more time; the controller accepts or
 * returns the report and decides on extensions. The services decide; the page offers only the
 * steps they would allow. An assignment on a document the reader may not read is as a missing one.
 */
@Named
@ViewScoped
public class AssignmentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of(
            "text", "text", "reason", "reason", "executor", "executor", "deadline", "deadline", "comment", "comment");

    @EJB
    private AssignmentLists lists;

    @EJB
    private Assignments assignments;

    @EJB
    private AssignmentFiles files;

    private Long id;
    private transient AssignmentDetails details;
    private String refusal;
    private String reportText;
    private String reason;
    private boolean withOpenChildren;
    private Person subExecutor;
    private String subText;
    private LocalDate subDeadline;
    private LocalDate deadline;
    private String extensionReason;
    private String comment;

    public void load() {
        if (details != null || refusal != null) {
            return;
        }
        try {
            details = lists.details(id == null ? -1 : id);
        } catch (UnknownEntityException | AccessDeniedException e) {
            refusal = "Такого поручения нет.";
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Attaches an uploaded file to the report, checked as a card's files are. */
    public void upload(FileUploadEvent event) {
        AssignmentDetails.FileView file =
                Uploads.receive(event, (name, content) -> files.attach(id, name, content), "reportForm");
        if (file != null) {
            details = lists.details(id);
            FacesErrors.done("Файл приложен к отчёту", file.fileName());
        }
    }

    public long getMaxFileBytes() {
        return files.maxBytes();
    }

    public void start() {
        step("startForm", "Исполнение начато", "", () -> assignments.start(id));
    }

    public void report() {
        if (step(
                "reportForm",
                "Отчёт представлен",
                "Контролёр получит его на проверку.",
                () -> assignments.report(id, reportText))) {
            reportText = null;
        }
    }

    public void accept() {
        step(
                "checkForm",
                "Отчёт принят",
                "Поручение снято с контроля.",
                () -> assignments.accept(id, withOpenChildren));
    }

    public void returnReport() {
        if (step("checkForm", "Отчёт возвращён на доработку", "", () -> assignments.returnForRework(id, reason))) {
            reason = null;
        }
    }

    public void passDown() {
        String executor = subExecutor == null ? null : subExecutor.username();
        if (step("passForm", "Поручение передано", "", () -> {
            assignments.passDown(id, executor, subText, subDeadline);
            return lists.details(id);
        })) {
            subExecutor = null;
            subText = null;
            subDeadline = null;
        }
    }

    public void requestExtension() {
        if (step(
                "extensionForm",
                "Запрос о продлении отправлен",
                "Контролёр решит.",
                () -> assignments.requestExtension(id, deadline, extensionReason))) {
            deadline = null;
            extensionReason = null;
        }
    }

    public void decide(long requestId, boolean approve) {
        if (step(
                "decisionForm",
                approve ? "Срок продлён" : "В продлении отказано",
                "",
                () -> assignments.decideExtension(id, requestId, approve, comment))) {
            comment = null;
        }
    }

    private boolean step(String form, String done, String detail, Supplier<AssignmentDetails> action) {
        try {
            details = action.get();
            FacesErrors.done(done, detail);
            return true;
        } catch (InvalidInputException e) {
            FacesErrors.show(e, form, INPUTS);
        } catch (ConflictException | AccessDeniedException | UnknownEntityException e) {
            FacesErrors.refused(e);
        }
        return false;
    }

    public List<Person> staff(String typed) {
        return lists.staffFor(id, typed, 15).stream()
                .map(p -> new Person(p.username(), p.fullName()))
                .toList();
    }

    /** The tree below the assignment as rows with their depth, the assignment itself first. */
    public List<ResolutionPanel.Row> getTree() {
        List<ResolutionPanel.Row> rows = new java.util.ArrayList<>();
        flatten(getAssignment(), 0, rows);
        return rows;
    }

    private static void flatten(AssignmentView a, int depth, List<ResolutionPanel.Row> rows) {
        if (a != null) {
            rows.add(new ResolutionPanel.Row(depth, a));
            a.children().forEach(c -> flatten(c, depth + 1, rows));
        }
    }

    public AssignmentView getAssignment() {
        load();
        return details == null ? null : details.assignment();
    }

    public AssignmentDetails getDetails() {
        load();
        return details;
    }

    /** The executor may work on it: it is theirs and still to do. */
    public boolean isWorkable() {
        AssignmentView a = getAssignment();
        return a != null
                && a.mine()
                && (a.state() == AssignmentState.ISSUED || a.state() == AssignmentState.IN_PROGRESS);
    }

    /** The controller has a report to accept or return. */
    public boolean isCheckable() {
        AssignmentView a = getAssignment();
        return a != null && a.controlling() && !a.mine() && a.state() == AssignmentState.REPORTED;
    }

    /** The executor may ask for more time: it is theirs, open, and no request waits. */
    public boolean isExtendable() {
        AssignmentView a = getAssignment();
        return a != null && a.mine() && a.state().open() && getWaiting() == null;
    }

    /** The extension request waiting for the controller's decision, if any. */
    public AssignmentDetails.Extension getWaiting() {
        return getDetails() == null
                ? null
                : details.extensions().stream()
                        .filter(e -> e.state() == ExtensionRequest.State.REQUESTED)
                        .findFirst()
                        .orElse(null);
    }

    /** A line of the history in Russian. */
    public String event(String kind) {
        return switch (kind) {
            case "ISSUED" -> "Выдано";
            case "STARTED" -> "Начато исполнение";
            case "DELEGATED" -> "Передано дальше";
            case "REPORTED" -> "Представлен отчёт";
            case "RETURNED" -> "Отчёт возвращён на доработку";
            case "ACCEPTED" -> "Отчёт принят, снято с контроля";
            case "WITHDRAWN" -> "Снято вместе с родительским";
            case "EXTENSION_REQUESTED" -> "Запрошено продление";
            case "EXTENSION_APPROVED" -> "Продление одобрено";
            case "EXTENSION_REFUSED" -> "В продлении отказано";
            case "DEADLINE_CHANGED" -> "Срок изменён";
            default -> kind;
        };
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRefusal() {
        load();
        return refusal;
    }

    public String getReportText() {
        return reportText;
    }

    public void setReportText(String reportText) {
        this.reportText = reportText;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isWithOpenChildren() {
        return withOpenChildren;
    }

    public void setWithOpenChildren(boolean withOpenChildren) {
        this.withOpenChildren = withOpenChildren;
    }

    public Person getSubExecutor() {
        return subExecutor;
    }

    public void setSubExecutor(Person subExecutor) {
        this.subExecutor = subExecutor;
    }

    public String getSubText() {
        return subText;
    }

    public void setSubText(String subText) {
        this.subText = subText;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public LocalDate getSubDeadline() {
        return subDeadline;
    }

    public void setSubDeadline(LocalDate subDeadline) {
        this.subDeadline = subDeadline;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
