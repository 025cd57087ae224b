package ru.gramota.web.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import ru.gramota.files.FileTooLargeException;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Localized;

/**
 * A file a page receives from PrimeFaces' upload, handed to the attachments service with the same
 * checks and refusals wherever it is uploaded: the registration form and the card. A refusal goes
 * under the upload field (its id is {@code upload}) or, for a file too large, to the top.
 */
final class Uploads {

    /** What the page does with the bytes: stage them for a card or attach them to one. */
    @FunctionalInterface
    interface Receiver<T> {
        T receive(String fileName, InputStream content);
    }

    private Uploads() {}

    /** What the receiver answered, or null when the file was refused (the refusal is shown). */
    static <T> T receive(FileUploadEvent event, Receiver<T> receiver, String form) {
        UploadedFile uploaded = event.getFile();
        try (InputStream content = uploaded.getInputStream()) {
            return receiver.receive(uploaded.getFileName(), content);
        } catch (InvalidInputException e) {
            FacesErrors.show(e, form, Map.of("file", "upload"));
        } catch (FileTooLargeException e) {
            FacesErrors.global("Файл не принят", uploaded.getFileName() + ": " + FacesErrors.text(e.fieldError()));
        } catch (ConflictException | AccessDeniedException e) {
            FacesErrors.global("Файл не принят", e.message(Localized.RUSSIAN));
        } catch (IOException e) {
            FacesErrors.global("Файл не принят", "Файл " + uploaded.getFileName() + " не дошёл; загрузите его снова.");
        }
        return null;
    }
}
