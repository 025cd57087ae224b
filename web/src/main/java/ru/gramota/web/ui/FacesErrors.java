package ru.gramota.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Localized;

/**
 * The one way pages show what the services refused (and, at the top, what they did): each field error next to its input (which is
 * marked invalid), an error about something the form has no input for at the top of the page.
 */
final class FacesErrors {

    private FacesErrors() {}

    /**
     * Shows the field errors of a refused request.
     *
     * @param form the id of the form holding the inputs
     * @param inputs the id of the input for each field the service names; a field of a list, such as
     *     {@code addressees[2]}, goes to the input of the list
     */
    static void show(InvalidInputException refused, String form, Map<String, String> inputs) {
        for (FieldError error : refused.errors()) {
            String field = error.field() == null ? "" : error.field().replaceFirst("\\[.*$", "");
            String input = inputs.get(field);
            if (input == null || !mark(form, input, text(error))) {
                global("Не сохранено", text(error));
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** An error under one input, such as a code another organisation already has. */
    static void under(String form, String input, String text) {
        if (!mark(form, input, text)) {
            global(text, text);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Marks the input invalid with the text under it; false when the form has no such input. */
    private static boolean mark(String form, String input, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent component = faces.getViewRoot().findComponent(form + ":" + input);
        if (component == null) {
            return false;
        }
        if (component instanceof UIInput in) {
            in.setValid(false);
        }
        faces.addMessage(component.getClientId(faces), error(text, text));
        return true;
    }

    /** A refusal of the services at the top of the page, in Russian: nothing was saved. */
    static void refused(Localized refusal) {
        global("Не сохранено", refusal.message(Localized.RUSSIAN));
    }

    /** What was done, at the top of the page. */
    static void done(String summary, String detail) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }

    /** An error at the top of the page. */
    static void global(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, error(summary, detail));
    }

    /** What the user reads of a field error. */
    static String text(FieldError error) {
        return error.message(Localized.RUSSIAN);
    }

    private static FacesMessage error(String summary, String detail) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail);
    }
}
