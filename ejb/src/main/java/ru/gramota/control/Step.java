package ru.gramota.control;

import java.util.Locale;
import ru.gramota.platform.Localized;

/** A step someone takes on an assignment, as a refusal names it. */
enum Step implements Localized {
    START("start it", "начать исполнение"),
    REPORT("submit a report", "представить отчёт"),
    DELEGATE("pass it down", "передать поручение дальше"),
    ACCEPT("accept the report", "принять отчёт"),
    RETURN("return the report for rework", "вернуть отчёт на доработку"),
    EXTEND("ask for more time", "просить продления срока"),
    DECIDE("decide on an extension", "решить о продлении срока");

    private final String english;
    private final String russian;

    Step(String english, String russian) {
        this.english = english;
        this.russian = russian;
    }

    @Override
    public String message(Locale locale) {
        return locale != null && locale.getLanguage().equals(RUSSIAN.getLanguage()) ? russian : english;
    }
}
