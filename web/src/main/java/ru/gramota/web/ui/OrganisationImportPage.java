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
import ru.gramota.admin.OrganisationAdministration;
import ru.gramota.org.ImportReport;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.InvalidRowsException;
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
            error(
                    "Файл не импортирован",
                    "Ошибок в строках: " + rowErrors.size()
                            + ". Ничего не записано: исправьте строки и загрузите файл снова.");
        } catch (InvalidInputException e) {
            FieldError first = e.errors().get(0);
            error("Файл не импортирован", Russian.message(first.message()));
        } catch (AccessDeniedException e) {
            error("Нет прав", "Импортировать организации может администратор системы.");
        } catch (IOException e) {
            error("Файл не прочитан", "Загрузите файл снова.");
        }
    }

    private static void error(String summary, String detail) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
    }

    /** The few upload messages of the services, in Russian. */
    private static final class Russian {
        static String message(String english) {
            if (english.startsWith("is not UTF-8")) {
                return "Файл не в кодировке UTF-8: сохраните его как «CSV UTF-8» (Excel) или «Юникод UTF-8» (LibreOffice).";
            }
            if (english.startsWith("is empty")) {
                return "Файл пуст.";
            }
            if (english.startsWith("is larger than")) {
                return "Файл больше 20 МБ.";
            }
            return english;
        }
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
}
