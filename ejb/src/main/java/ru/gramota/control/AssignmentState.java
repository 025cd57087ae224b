package ru.gramota.control;

import java.util.Locale;
import ru.gramota.platform.Localized;

/**
 * Where an assignment stands: issued → in progress → report submitted → accepted, removed from
 * control [снято с контроля]; a returned report goes back to in progress. Withdrawn: closed
 * unfinished, with its parent, by the controller's decision. Overdue is not a state: it is computed
 * from the deadline ({@link Assignment#overdue}).
 */
public enum AssignmentState implements Localized {
    ISSUED("выдано"),
    IN_PROGRESS("на исполнении"),
    REPORTED("отчёт представлен"),
    ACCEPTED("исполнено, снято с контроля"),
    WITHDRAWN("снято вместе с родительским");

    private final String phrase;

    AssignmentState(String phrase) {
        this.phrase = phrase;
    }

    /** Still to be done or checked: neither accepted nor withdrawn. */
    public boolean open() {
        return this != ACCEPTED && this != WITHDRAWN;
    }

    @Override
    public String message(Locale locale) {
        return locale != null && locale.getLanguage().equals(RUSSIAN.getLanguage())
                ? phrase
                : name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** How the state reads in Russian. */
    public String phrase() {
        return phrase;
    }
}
