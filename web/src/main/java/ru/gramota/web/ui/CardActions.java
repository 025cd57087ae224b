package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Localized;
import ru.gramota.registry.LinkType;
import ru.gramota.registry.service.Attachments;
import ru.gramota.registry.service.DocumentLinks;
import ru.gramota.registry.service.RegistrationCard;
import ru.gramota.registry.service.Registrations;

/**
 * What the registry does on a card besides correcting it: cancel its registration with a reason,
 * link it to another document found by number, attach a file. The services decide who may; the
 * page shows the actions only to those they would let. After each the card is read again.
 */
@Named
@ViewScoped
public class CardActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentPage page;

    @EJB
    private Registrations registrations;

    @EJB
    private DocumentLinks links;

    @EJB
    private Attachments attachments;

    private String cancellationReason;
    private String linkNumber;
    private String linkType = LinkType.IN_REPLY_TO.name();

    /** Cancels the registration; the reason is required (the service refuses a card without one). */
    public void cancel() {
        try {
            registrations.cancel(page.getId(), cancellationReason);
            cancellationReason = null;
            page.reload();
            FacesErrors.done("Регистрация отменена", "Номер остаётся за документом, причина видна в карточке.");
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "cancelForm", Map.of("reason", "reason"));
        } catch (ConflictException | AccessDeniedException e) {
            FacesErrors.refused(e);
        }
    }

    /** Links the card to the document with the typed number. */
    public void link() {
        try {
            links.linkByNumber(page.getId(), linkNumber, linkType);
            page.reload();
            FacesErrors.done("Связь добавлена", "Документ № " + linkNumber.strip() + " связан с этой карточкой.");
            linkNumber = null;
        } catch (InvalidInputException e) {
            FacesErrors.show(
                    e, "linkForm", Map.of("number", "linkNumber", "documentId", "linkNumber", "type", "linkType"));
        } catch (ConflictException | AccessDeniedException e) {
            FacesErrors.under("linkForm", "linkNumber", e.message(Localized.RUSSIAN));
        }
    }

    /** Attaches an uploaded file to the card, checked as at registration. */
    public void upload(FileUploadEvent event) {
        RegistrationCard.FileView file = Uploads.receive(
                event, (name, content) -> attachments.attach(page.getId(), name, content), "attachForm");
        if (file != null) {
            page.reload();
            FacesErrors.done("Файл приложен", file.fileName());
        }
    }

    public long getMaxFileBytes() {
        return attachments.maxBytes();
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }

    public String getLinkNumber() {
        return linkNumber;
    }

    public void setLinkNumber(String linkNumber) {
        this.linkNumber = linkNumber;
    }

    public String getLinkType() {
        return linkType;
    }

    public void setLinkType(String linkType) {
        this.linkType = linkType;
    }
}
