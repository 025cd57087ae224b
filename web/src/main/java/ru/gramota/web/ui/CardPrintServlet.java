package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.service.CardDetails;
import ru.gramota.registry.service.CorrespondentView;
import ru.gramota.registry.service.RegistrationCard;
import ru.gramota.web.ContentDisposition;
import ru.gramota.web.ui.CardPdf.Row;

/**
 * The registration card [РКК] printed: {@code /print/<card>} answers a PDF of its requisites in
 * Russian, with the signed-in session, to whoever may read the card (the access policy decides as
 * for the card page; any other reader gets 404, as for a missing card, and no content).
 */
@WebServlet("/print/*")
public class CardPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CardDetails cards;

    @Inject
    private Formats formats;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        CardDetails.Details details;
        try {
            details = cards.of(Long.parseLong(path.substring(Math.min(1, path.length()))));
        } catch (NumberFormatException | UnknownEntityException | AccessDeniedException e) {
            // The same answer for a card one may not read as for a missing one.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RegistrationCard card = details.card();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        CardPdf.write(
                List.of(
                        "Регистрационно-контрольная карточка",
                        details.organisationName(),
                        "№ " + card.number() + " от " + formats.dateTime(card.registeredAt())),
                rows(details),
                pdf);
        response.setContentType("application/pdf");
        response.setContentLength(pdf.size());
        response.setHeader(
                "Content-Disposition", ContentDisposition.of(true, "РКК " + fileName(card.number()) + ".pdf"));
        response.setHeader("Cache-Control", "no-store");
        pdf.writeTo(response.getOutputStream());
    }

    /** The card's requisites in the order of the card page, the plain ones after the department. */
    private List<Row> rows(CardDetails.Details details) {
        List<Row> rows = new ArrayList<>(heading(details));
        formats.plainRequisites(details.card()).forEach(p -> rows.add(new Row(p.label(), p.text())));
        rows.addAll(filing(details));
        return rows;
    }

    private List<Row> heading(CardDetails.Details details) {
        RegistrationCard card = details.card();
        boolean cancelled = "CANCELLED".equals(card.status());
        return List.of(
                new Row("Журнал", details.journal().name()),
                new Row(
                        "Вид документа",
                        DocumentKind.valueOf(card.kind()).russianName()
                                + (card.documentType() == null ? "" : ", " + card.documentType())),
                new Row("Регистрационный номер", card.number()),
                new Row(
                        "Зарегистрирован",
                        formats.dateTime(card.registeredAt()) + ", " + details.name(card.registeredBy())),
                new Row(
                        "Состояние",
                        cancelled ? "регистрация отменена " + formats.dateTime(card.cancelledAt()) : "зарегистрирован"),
                new Row("Причина отмены", card.cancellationReason()),
                new Row("Дата документа", formats.date(card.documentDate())),
                new Row("CITIZEN_APPEAL".equals(card.kind()) ? "Заявитель" : "Корреспондент", correspondent(card)),
                new Row("Подписал", card.signatory() != null ? card.signatory().fullName() : card.signatoryName()),
                new Row("Адресаты", addressees(card)),
                new Row("Краткое содержание", card.title()),
                new Row(
                        "Исполнитель",
                        card.executor() == null ? null : card.executor().fullName()),
                new Row("Подразделение", details.departmentName()));
    }

    private List<Row> filing(CardDetails.Details details) {
        RegistrationCard card = details.card();
        return List.of(
                new Row(
                        "Дело",
                        card.caseIndex() == null
                                ? null
                                : card.caseIndex() + " «" + card.caseTitle() + "», хранить " + details.caseRetention()),
                new Row("Доступ", card.restricted() ? "ДСП (для служебного пользования)" : "общий"),
                new Row(
                        "Контроль",
                        card.onControl()
                                ? "на контроле"
                                        + (card.controlDeadline() == null
                                                ? ""
                                                : " до " + formats.date(card.controlDeadline()))
                                : null),
                new Row(
                        "Связи",
                        card.links().stream()
                                .map(l -> l.label() + " (" + l.document().title() + ")")
                                .collect(Collectors.joining("\n"))),
                new Row(
                        "Файлы",
                        card.files().stream()
                                .map(f -> f.fileName() + ", " + formats.size(f.size()))
                                .collect(Collectors.joining("\n"))),
                new Row(
                        "Исправлен",
                        card.editedAt() == null
                                ? null
                                : formats.dateTime(card.editedAt()) + ", " + details.name(card.editedBy())));
    }

    private String correspondent(RegistrationCard card) {
        if (card.correspondent() == null) {
            return null;
        }
        return card.correspondent().name()
                + (card.correspondentNumber() == null ? "" : ", исх. № " + card.correspondentNumber())
                + (card.correspondentDate() == null ? "" : " от " + formats.date(card.correspondentDate()));
    }

    private static String addressees(RegistrationCard card) {
        return Stream.concat(
                        card.addressees().stream().map(RegistrationCard.Person::fullName),
                        card.addresseeCorrespondents().stream().map(CorrespondentView::name))
                .collect(Collectors.joining(", "));
    }

    /** A number such as 01-12/5 as part of a file name. */
    private static String fileName(String number) {
        return number.replaceAll("[/\\\\:*?\"<>|]", "-");
    }
}
