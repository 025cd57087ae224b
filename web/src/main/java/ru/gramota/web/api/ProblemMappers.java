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
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.gramota.files.FileTooLargeException;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.InvalidRowsException;
import ru.gramota.platform.UnknownEntityException;

/** Turns every failure into a problem-details answer with the right status; unexpected ones are logged. */
final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST, "The request has invalid fields; see errors.", e.errors());
        }
    }

    @Provider
    public static class InvalidRows implements ExceptionMapper<InvalidRowsException> {
        @Override
        public Response toResponse(InvalidRowsException e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    e.errors().size() + " row(s) of the file are wrong; nothing was imported. Fix them and send"
                            + " the whole file again.",
                    e.errors());
        }
    }

    @Provider
    public static class UnknownEntity implements ExceptionMapper<UnknownEntityException> {
        @Override
        public Response toResponse(UnknownEntityException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class FileTooLarge implements ExceptionMapper<FileTooLargeException> {
        @Override
        public Response toResponse(FileTooLargeException e) {
            return Problem.response(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The file is too large; nothing was stored.",
                    List.of(new FieldError("file", "is larger than " + e.maxBytes() / (1024 * 1024) + " MB")));
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.response(e.type(), Response.Status.CONFLICT, e.getMessage(), e.conflicts());
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return Problem.response(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class Jaxrs implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return Problem.response(status, status.getReasonPhrase() + ": " + e.getMessage(), List.of());
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "The request body could not be read: it must be JSON with the fields this operation takes");
        }
    }

    /** Failures the container reports as EJB system exceptions: concurrent edits, database constraints. */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    return Problem.response(
                            Response.Status.CONFLICT,
                            "Someone else changed this record meanwhile; reload it and edit again");
                }
                if (cause instanceof PersistenceException
                        && cause.getClass().getName().contains("ConstraintViolation")) {
                    return Problem.response(
                            Response.Status.CONFLICT,
                            "The change conflicts with stored data: "
                                    + "a code or name that must be unique is already taken");
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
                    "Something went wrong on the server. Quote incident " + incident + " to the administrators.");
        }
    }
}
