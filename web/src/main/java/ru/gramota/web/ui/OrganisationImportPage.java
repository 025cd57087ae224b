package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import ru.gramota.admin.OrganisationAdministration;
import ru.gramota.org.ImportReport;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.InvalidRowsException;
import ru.gramota.platform.Localized;
import ru.gramota.platform.RowError;
import ru.gramota.web.Uploads;
import ru.gramota.web.api.OrganisationsResource;

/**
 * Importing an organisation tree from a CSV file: the whole file or nothing, and the row-by-row
 * report of what was wrong, the same as the REST API's import.
 */
@Named
@RequestScoped
public class OrganisationImportPage {

    @EJB
    private OrganisationAdministration administration;

    private Part file;
    private ImportReport report;
    private List<RowError> rowErrors = List.of();

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            error("Выберите файл CSV", "Файл не выбран или пуст.");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            report = administration.importTree(Uploads.utf8Text(content, OrganisationsResource.MAX_IMPORT_BYTES));
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    "Импорт выполнен",
                                    "Строк: " + report.rows() + ", создано: " + report.created() + ", изменено: "
                                            + report.updated() + ", без изменений: " + report.unchanged() + "."));
        } catch (InvalidRowsException e) {
            rowErrors = e.errors();
            error("Файл не импортирован", e.message(Localized.RUSSIAN));
        } catch (InvalidInputException e) {
            error("Файл не импортирован", e.errors().get(0).message(Localized.RUSSIAN));
        } catch (AccessDeniedException e) {
            error("Нет прав", e.message(Localized.RUSSIAN));
        } catch (IOException e) {
            error("Файл не прочитан", "Загрузите файл снова.");
        }
    }

    private static void error(String summary, String detail) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }

    public List<RowError> getRowErrors() {
        return rowErrors;
    }

    /** The language of the row errors in the report: the user interface's. */
    public Locale getLanguage() {
        return Localized.RUSSIAN;
    }
}
