package ru.gramota.web.api;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
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
import ru.gramota.platform.FieldError;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.InvalidRowsException;
import ru.gramota.platform.Reason;
import ru.gramota.platform.UnknownEntityException;

/**
 * Turns every failure into a problem-details answer with the right status, its texts from the catalogue
 * ({@link Reason}); unexpected ones are logged.
 */
final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private static final Locale ENGLISH = Locale.ROOT;

    private ProblemMappers() {}

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST, e.message(ENGLISH), Problem.FieldProblem.of(e.errors(), ENGLISH));
        }
    }

    @Provider
    public static class InvalidRows implements ExceptionMapper<InvalidRowsException> {
        @Override
        public Response toResponse(InvalidRowsException e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST, e.message(ENGLISH), Problem.RowProblem.of(e.errors(), ENGLISH));
        }
    }

    @Provider
    public static class UnknownEntity implements ExceptionMapper<UnknownEntityException> {
        @Override
        public Response toResponse(UnknownEntityException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.message(ENGLISH));
        }
    }

    @Provider
    public static class FileTooLarge implements ExceptionMapper<FileTooLargeException> {
        @Override
        public Response toResponse(FileTooLargeException e) {
            FieldError tooLarge = new FieldError("file", Reason.FILE_LARGER_THAN, e.maxBytes() / (1024 * 1024));
            return Problem.response(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    e.message(ENGLISH),
                    Problem.FieldProblem.of(List.of(tooLarge), ENGLISH));
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.response(e.type(), Response.Status.CONFLICT, e.message(ENGLISH), e.conflicts());
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return Problem.response(Response.Status.FORBIDDEN, e.message(ENGLISH));
        }
    }

    @Provider
    public static class Jaxrs implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return Problem.response(
                    status,
                    Reason.REQUEST_REFUSED.message(ENGLISH, List.of(status.getReasonPhrase(), e.getMessage())),
                    List.of());
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(Response.Status.BAD_REQUEST, Reason.UNREADABLE_BODY.message(ENGLISH));
        }
    }

    /** Failures the container reports as EJB system exceptions: concurrent edits, database constraints. */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    return Problem.response(Response.Status.CONFLICT, Reason.CHANGED_MEANWHILE.message(ENGLISH));
                }
                if (cause instanceof PersistenceException
                        && cause.getClass().getName().contains("ConstraintViolation")) {
                    return Problem.response(Response.Status.CONFLICT, Reason.UNIQUE_VALUE_TAKEN.message(ENGLISH));
                }
            }
            return Unexpected.answer(e);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return answer(e);
        }

        static Response answer(Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
            return Problem.response(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    Reason.UNEXPECTED_FAILURE.message(ENGLISH, List.of(incident)));
        }
    }
}
