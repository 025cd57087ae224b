package ru.gramota.batch.generator;

import jakarta.ejb.EJBException;
import java.util.List;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.generator.GeneratorPools;
import ru.gramota.registry.generator.GeneratorPools.CorrespondentEntry;

/** What the steps of a run share about its directory entries, and how a failure is told. */
final class GeneratorPool {

    private GeneratorPool() {}

    /** The region's organisations, and citizens when the journal registers appeals. */
    static List<CorrespondentEntry> correspondents(GeneratorPools pools, GeneratorParameters parameters) {
        boolean appeals =
                pools.journalKind(parameters.organisation(), parameters.journal()) == DocumentKind.CITIZEN_APPEAL;
        return RegionalDirectory.correspondents(parameters.seed(), appeals ? GeneratorParameters.CITIZENS : 0);
    }

    /** The message of the innermost cause, without the EJB container's wrapping. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof EJBException || cause.getMessage() == null) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "FAILED: " + message;
    }
}
