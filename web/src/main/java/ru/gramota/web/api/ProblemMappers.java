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
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.gramota.files.FileTooLargeException;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.InvalidRowsException;
import ru.gramota.platform.Reason;
import ru.gramota.platform.UnknownEntityException;

/**
 * Turns every failure into a problem-details answer with the right status, in the language the
 * request's {@code Accept-Language} asks for ({@link Problem#language}); unexpected ones are logged.
 */
final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInputException e) {
            Locale language = Problem.language(headers);
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    language,
                    e.message(language),
                    Problem.FieldProblem.of(e.errors(), language));
        }
    }

    @Provider
    public static class InvalidRows implements ExceptionMapper<InvalidRowsException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(InvalidRowsException e) {
            Locale language = Problem.language(headers);
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    language,
                    e.message(language),
                    Problem.RowProblem.of(e.errors(), language));
        }
    }

    @Provider
    public static class UnknownEntity implements ExceptionMapper<UnknownEntityException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(UnknownEntityException e) {
            Locale language = Problem.language(headers);
            return Problem.response(Response.Status.NOT_FOUND, language, e.message(language));
        }
    }

    @Provider
    public static class FileTooLarge implements ExceptionMapper<FileTooLargeException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(FileTooLargeException e) {
            Locale language = Problem.language(headers);
            return Problem.response(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    language,
                    e.message(language),
                    Problem.FieldProblem.of(List.of(e.fieldError()), language));
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ConflictException e) {
            Locale language = Problem.language(headers);
            return Problem.response(e.type(), Response.Status.CONFLICT, language, e.message(language), e.conflicts());
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(AccessDeniedException e) {
            Locale language = Problem.language(headers);
            return Problem.response(Response.Status.FORBIDDEN, language, e.message(language));
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
                    Reason.REQUEST_REFUSED.message(language, List.of(status.getReasonPhrase(), e.getMessage())),
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
            return Problem.response(Response.Status.BAD_REQUEST, language, Reason.UNREADABLE_BODY.message(language));
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
                            Response.Status.CONFLICT, language, Reason.CHANGED_MEANWHILE.message(language));
                }
                if (cause instanceof PersistenceException
                        && cause.getClass().getName().contains("ConstraintViolation")) {
                    return Problem.response(
                            Response.Status.CONFLICT, language, Reason.UNIQUE_VALUE_TAKEN.message(language));
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
                    Reason.UNEXPECTED_FAILURE.message(language, List.of(incident)));
        }
    }
}
