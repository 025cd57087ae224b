package ru.gramota.control;

import java.time.LocalDate;
import java.util.List;

/**
 * A resolution to write on a registered document.
 *
 * @param responsible the username of the responsible executor
 * @param coExecutors the usernames of the co-executors, if any
 * @param deadline a written deadline, or null for the urgency's
 * @param urgency the urgency, when no deadline is written; null is ordinary
 * @param controller who controls it, when it is on control
 */
public record NewResolution(
        Long documentId,
        String text,
        String responsible,
        List<String> coExecutors,
        LocalDate deadline,
        Urgency urgency,
        boolean onControl,
        String controller) {

    public NewResolution {
        coExecutors = coExecutors == null ? List.of() : List.copyOf(coExecutors);
    }
}
