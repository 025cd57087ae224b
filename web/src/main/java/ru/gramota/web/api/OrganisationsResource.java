package ru.gramota.web.api;

import static ru.gramota.web.api.Requests.body;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.admin.DepartmentView;
import ru.gramota.admin.OrganisationAdministration;
import ru.gramota.admin.OrganisationView;
import ru.gramota.admin.PositionView;
import ru.gramota.org.Department;
import ru.gramota.org.ImportReport;
import ru.gramota.org.Organisation;
import ru.gramota.org.OrganisationKind;
import ru.gramota.org.StaffPosition;
import ru.gramota.platform.Codes;
import ru.gramota.web.Uploads;

/** Organisations, their departments and positions. */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationsResource {
    // The bodies it reads (StrictJsonBodies); each @Schema states the service's limits for the OpenAPI document.
    public record NewOrganisation(
            @Schema(
                    required = true,
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    example = "MO-NOVOSIB",
                    description = "Stable code, used in numbers and queue names")
            String code,

            @Schema(
                    required = true,
                    maxLength = Organisation.NAME_LENGTH,
                    example = "Администрация Новосибирского района Новосибирской области")
            String name,

            @Schema(maxLength = Organisation.SHORT_NAME_LENGTH, example = "Администрация Новосибирского района")
            String shortName,

            @Schema(required = true, example = "MUNICIPAL_DISTRICT")
            OrganisationKind kind,

            @Schema(
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    example = "REGION",
                    description = "The organisation it is part of; none for a top one")
            String parentCode) {}

    public record OrganisationChange(
            @Schema(
                    required = true,
                    maxLength = Organisation.NAME_LENGTH,
                    example = "Администрация Новосибирского района Новосибирской области")
            String name,

            @Schema(maxLength = Organisation.SHORT_NAME_LENGTH, example = "Администрация района")
            String shortName,

            @Schema(required = true, example = "2", description = "The version you read")
            Long version) {}

    public record NewDepartment(
            @Schema(required = true, maxLength = Codes.MAX_LENGTH, pattern = Codes.PATTERN, example = "ORG")
            String code,

            @Schema(required = true, maxLength = Department.NAME_LENGTH, example = "Организационный отдел")
            String name,

            @Schema(
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    example = "UD",
                    description = "The department it is part of, if any")
            String parentCode) {}

    public record DepartmentChange(
            @Schema(required = true, maxLength = Department.NAME_LENGTH, example = "Организационно-контрольный отдел")
            String name,

            @Schema(required = true, example = "1", description = "The version you read")
            Long version) {}

    public record NewPosition(
            @Schema(required = true, maxLength = StaffPosition.TITLE_LENGTH, example = "Главный специалист")
            String title,

            @Schema(maxLength = Codes.MAX_LENGTH, pattern = Codes.PATTERN, example = "ORG")
            String departmentCode) {}

    /** Far more than the 3,000 or so organisations of the largest region. */
    public static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;

    @EJB
    private OrganisationAdministration administration;

    @Context
    private UriInfo uri;

    @GET
    @Operation(
            summary = "The organisations directly under 'parent', or the top-level ones; with 'q', those"
                    + " whose code or names contain every word of it (lower case, ё as е), by name")
    public List<OrganisationView> list(
            @Parameter(example = "REGION") @QueryParam("parent") String parentCode,
            @Parameter(example = "берёз район") @QueryParam("q") String typed,
            @Parameter(example = "20") @QueryParam("limit") @DefaultValue("20") int limit) {
        return typed == null ? administration.list(parentCode) : administration.search(typed, limit);
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Import an organisation tree from CSV (UTF-8): all rows or none",
            description = "Header: code;parent;kind;name;short_name (';' or ','). A parent is a stored"
                    + " organisation or a row of the file. Existing organisations are renamed when their name"
                    + " differs; importing the same file again changes nothing. A file with a bad row is"
                    + " refused with every bad row listed.")
    public ImportReport importTree(InputStream csv) {
        return administration.importTree(Uploads.utf8Text(csv, MAX_IMPORT_BYTES));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One organisation")
    public OrganisationView read(@Parameter(example = "MO-NOVOSIB") @PathParam("code") String code) {
        return administration.read(code);
    }

    @POST
    @Operation(summary = "Create an organisation; its code is fixed for ever")
    public Response create(NewOrganisation request) {
        body(request);
        OrganisationView created = administration.create(
                request.code(),
                request.name(),
                request.shortName(),
                Requests.required(request.kind(), OrganisationKind.class, "kind"),
                request.parentCode());
        return Requests.created(uri, created.code(), created);
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Rename an organisation; 'version' guards against overwriting a concurrent edit")
    public OrganisationView rename(
            @Parameter(example = "MO-NOVOSIB") @PathParam("code") String code, OrganisationChange request) {
        body(request);
        return administration.rename(code, request.name(), request.shortName(), request.version());
    }

    @DELETE
    @Path("{code}")
    @Operation(summary = "Deactivate an organisation (nothing is ever deleted)")
    public OrganisationView deactivate(@Parameter(example = "MO-NOVOSIB") @PathParam("code") String code) {
        return administration.deactivate(code);
    }

    @GET
    @Path("{code}/departments")
    @Operation(summary = "The departments of an organisation")
    public List<DepartmentView> departments(@Parameter(example = "MO-NOVOSIB") @PathParam("code") String code) {
        return administration.departments(code);
    }

    @POST
    @Path("{code}/departments")
    @Operation(summary = "Add a department")
    public Response addDepartment(
            @Parameter(example = "MO-NOVOSIB") @PathParam("code") String code, NewDepartment request) {
        body(request);
        DepartmentView created =
                administration.addDepartment(code, request.parentCode(), request.code(), request.name());
        return Requests.created(uri, created.code(), created);
    }

    @PUT
    @Path("{code}/departments/{department}")
    @Operation(summary = "Rename a department")
    public DepartmentView renameDepartment(
            @Parameter(example = "MO-NOVOSIB") @PathParam("code") String code,
            @Parameter(example = "ORG") @PathParam("department") String department,
            DepartmentChange request) {
        body(request);
        return administration.renameDepartment(code, department, request.name(), request.version());
    }

    @DELETE
    @Path("{code}/departments/{department}")
    @Operation(summary = "Deactivate a department")
    public DepartmentView deactivateDepartment(
            @Parameter(example = "MO-NOVOSIB") @PathParam("code") String code,
            @Parameter(example = "ORG") @PathParam("department") String department) {
        return administration.deactivateDepartment(code, department);
    }

    @GET
    @Path("{code}/positions")
    @Operation(summary = "The positions of an organisation")
    public List<PositionView> positions(@Parameter(example = "MO-NOVOSIB") @PathParam("code") String code) {
        return administration.positions(code);
    }

    @POST
    @Path("{code}/positions")
    @Operation(summary = "Add a position, optionally in a department")
    public Response addPosition(
            @Parameter(example = "MO-NOVOSIB") @PathParam("code") String code, NewPosition request) {
        body(request);
        PositionView created = administration.addPosition(code, request.departmentCode(), request.title());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
