package ru.gramota.web.api;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.gramota.files.FileTooLargeException;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.InvalidRowsException;
import ru.gramota.platform.LocalizedException;
import ru.gramota.platform.UnknownEntityException;

/**
 * Turns every failure into a problem-details answer with the right status, in the language the
 * request's {@code Accept-Language} asks for ({@link Problem#language}); unexpected ones are logged.
 */
final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    /**
     * The status each kind of refusal is answered with; a subclass is answered as its nearest
     * superclass here.
     */
    private static final Map<Class<?>, Response.Status> REFUSALS = Map.of(
            InvalidInputException.class, Response.Status.BAD_REQUEST,
            InvalidRowsException.class, Response.Status.BAD_REQUEST,
            UnknownEntityException.class, Response.Status.NOT_FOUND,
            FileTooLargeException.class, Response.Status.REQUEST_ENTITY_TOO_LARGE,
            ConflictException.class, Response.Status.CONFLICT,
            AccessDeniedException.class, Response.Status.FORBIDDEN);

    private ProblemMappers() {}

    /**
     * Every refusal of the services, one shape: its status, its type, its message and what it lists
     * ({@link LocalizedException#errors()}), field and row errors in the request's language.
     */
    @Provider
    public static class Refused implements ExceptionMapper<LocalizedException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(LocalizedException e) {
            Locale language = Problem.language(headers);
            for (Class<?> kind = e.getClass(); kind != null; kind = kind.getSuperclass()) {
                Response.Status status = REFUSALS.get(kind);
                if (status != null) {
                    return Problem.response(
                            e.type(), status, language, e.message(language), Problem.errors(e.errors(), language));
                }
            }
            return Unexpected.answer(e, language);
        }
    }

    @Provider
    public static class Jaxrs implements ExceptionMapper<WebApplicationException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            Locale language = Problem.language(headers);
            Response.StatusType status = e.getResponse().getStatusInfo();
            return Problem.response(
                    status,
                    language,
                    CommonReason.REQUEST_REFUSED.message(language, List.of(status.getReasonPhrase(), e.getMessage())),
                    List.of());
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            Locale language = Problem.language(headers);
            return Problem.response(
                    Response.Status.BAD_REQUEST, language, CommonReason.UNREADABLE_BODY.message(language));
        }
    }

    /** Failures the container reports as EJB system exceptions: concurrent edits, database constraints. */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(EJBException e) {
            Locale language = Problem.language(headers);
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    return Problem.response(
                            Response.Status.CONFLICT, language, CommonReason.CHANGED_MEANWHILE.message(language));
                }
                if (cause instanceof PersistenceException
                        && cause.getClass().getName().contains("ConstraintViolation")) {
                    return Problem.response(
                            Response.Status.CONFLICT, language, CommonReason.UNIQUE_VALUE_TAKEN.message(language));
                }
            }
            return Unexpected.answer(e, language);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            return answer(e, Problem.language(headers));
        }

        static Response answer(Throwable e, Locale language) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
            return Problem.response(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    language,
                    CommonReason.UNEXPECTED_FAILURE.message(language, List.of(incident)));
        }
    }
}
