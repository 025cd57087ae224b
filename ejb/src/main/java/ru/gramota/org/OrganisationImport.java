package ru.gramota.org;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.CsvUploads;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.InvalidRowsException;
import ru.gramota.platform.RowError;

/**
 * Imports an organisation tree from CSV: one organisation a row, columns {@code code}, {@code
 * parent}, {@code kind}, {@code name}, {@code short_name}, separated by {@code ;} or {@code ,}.
 * Parents may be organisations already stored or rows of the same file, in any order.
 *
 * <p>All or nothing: every row is checked before anything is written, and a file with a bad row is
 * refused with a report of every bad row. A row for an organisation that exists renames it when its
 * name differs and is otherwise left alone, so importing the same file twice changes nothing. An
 * import never moves an organisation to another parent or changes its kind.
 */
@Stateless
public class OrganisationImport {

    static final List<String> COLUMNS = List.of("code", "parent", "kind", "name", "short_name");

    /** One row of the file, as read. */
    record Row(long line, String code, String parent, String kind, String name, String shortName) {}

    /**
     * A checked file: its rows, the stored organisations it renames or hangs new ones under, and
     * whether it creates top-level organisations.
     */
    public record Plan(List<Row> rows, Collection<Organisation> anchors, boolean createsTopLevel) {}

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    private Changes changes;

    /**
     * Reads and checks the file.
     *
     * @throws InvalidRowsException with every bad row
     */
    public Plan plan(Reader csv) {
        List<Row> rows = read(csv);
        Map<String, Organisation> stored = storedByCode();
        List<RowError> errors = new ArrayList<>();
        Map<String, Row> byCode = new HashMap<>();
        for (Row row : rows) {
            check(row, errors);
            if (row.code() != null && byCode.putIfAbsent(row.code(), row) != null) {
                errors.add(new RowError(
                        row.line(),
                        "code",
                        OrganisationReason.CODE_TWICE_IN_FILE,
                        byCode.get(row.code()).line()));
            }
        }
        Map<String, Organisation> anchors = new HashMap<>();
        boolean createsTopLevel = false;
        for (Row row : rows) {
            Organisation existing = stored.get(row.code());
            if (row.parent() != null && !byCode.containsKey(row.parent()) && !stored.containsKey(row.parent())) {
                errors.add(new RowError(row.line(), "parent", OrganisationReason.PARENT_UNKNOWN, row.parent()));
            }
            if (existing != null) {
                String storedParent =
                        existing.parent() == null ? null : existing.parent().code();
                if (!Objects.equals(storedParent, row.parent())) {
                    errors.add(new RowError(row.line(), "parent", OrganisationReason.PARENT_DIFFERS, storedParent));
                }
                OrganisationKind kind = kind(row.kind());
                if (kind != null && kind != existing.kind()) {
                    errors.add(new RowError(row.line(), "kind", OrganisationReason.KIND_DIFFERS, existing.kind()));
                }
                anchors.put(row.code(), existing);
            } else if (row.parent() == null) {
                createsTopLevel = true;
            } else if (stored.containsKey(row.parent())) {
                anchors.put(row.parent(), stored.get(row.parent()));
            }
        }
        checkForCycles(rows, byCode, errors);
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Long.compare(a.line(), b.line()));
            throw new InvalidRowsException(errors);
        }
        return new Plan(rows, anchors.values(), createsTopLevel);
    }

    /** Writes a checked plan: parents before children, one audit record for each change. */
    public ImportReport apply(Plan plan) {
        Map<String, Organisation> stored = storedByCode();
        Map<String, Row> pending = new LinkedHashMap<>();
        plan.rows().forEach(row -> pending.put(row.code(), row));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (var iterator = pending.values().iterator(); iterator.hasNext(); ) {
                Row row = iterator.next();
                if (row.parent() != null && pending.containsKey(row.parent())) {
                    continue;
                }
                iterator.remove();
                Organisation existing = stored.get(row.code());
                if (existing == null) {
                    Organisation organisation = new Organisation(
                            row.code(),
                            row.name(),
                            row.shortName(),
                            kind(row.kind()),
                            row.parent() == null ? null : stored.get(row.parent()));
                    em.persist(organisation);
                    stored.put(row.code(), organisation);
                    changes.record(Change.of("IMPORT", Organisations.ORGANISATION, row.code())
                            .states(null, organisation.auditState()));
                    created++;
                } else if (!existing.name().equals(row.name())
                        || !Objects.equals(existing.shortName(), row.shortName())) {
                    Map<String, Object> state = existing.auditState();
                    existing.rename(row.name(), row.shortName());
                    changes.record(Change.of("IMPORT", Organisations.ORGANISATION, row.code())
                            .states(state, existing.auditState()));
                    updated++;
                } else {
                    unchanged++;
                }
            }
            if (pending.size() == before) {
                throw new IllegalStateException("The plan has a cycle; plan() should have refused it");
            }
        }
        return new ImportReport(plan.rows().size(), created, updated, unchanged);
    }

    private static List<Row> read(Reader csv) {
        String text;
        try (Reader input = csv) {
            text = readAll(input);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CsvUploads.formatOf(text).setIgnoreHeaderCase(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> missing = COLUMNS.stream()
                    .filter(column -> !column.equals("short_name"))
                    .filter(column -> parser.getHeaderMap().keySet().stream().noneMatch(column::equalsIgnoreCase))
                    .toList();
            if (!missing.isEmpty()) {
                throw new InvalidRowsException(List.of(
                        new RowError(1, String.join(", ", missing), OrganisationReason.COLUMNS_MISSING, COLUMNS)));
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new Row(
                        record.getRecordNumber() + 1,
                        value(record, "code"),
                        value(record, "parent"),
                        value(record, "kind"),
                        value(record, "name"),
                        value(record, "short_name")));
            }
            if (rows.isEmpty()) {
                throw new InvalidInputException("file", OrganisationReason.FILE_NO_ROWS);
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("file", OrganisationReason.FILE_NOT_CSV, e.getMessage());
        }
    }

    private static String readAll(Reader input) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = input.read(buffer)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void check(Row row, List<RowError> errors) {
        collect(row, errors, () -> Organisation.checkCode(row.code()));
        collect(row, errors, () -> InvalidInputException.requireText(row.name(), "name", Organisation.NAME_LENGTH));
        collect(
                row,
                errors,
                () -> InvalidInputException.optionalText(
                        row.shortName(), "short_name", Organisation.SHORT_NAME_LENGTH));
        if (kind(row.kind()) == null) {
            errors.add(new RowError(row.line(), "kind", CommonReason.ONE_OF, kindNames()));
        }
    }

    private static void collect(Row row, List<RowError> errors, Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.add(new RowError(row.line(), error)));
        }
    }

    /** The kind named by its constant or its Russian name, in any case; null if none. */
    static OrganisationKind kind(String value) {
        if (value == null) {
            return null;
        }
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (kind.name().equalsIgnoreCase(value) || kind.russianName().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        return null;
    }

    private static String kindNames() {
        StringBuilder names = new StringBuilder();
        for (OrganisationKind kind : OrganisationKind.values()) {
            names.append(names.isEmpty() ? "" : ", ")
                    .append(kind.name())
                    .append(" («")
                    .append(kind.russianName())
                    .append("»)");
        }
        return names.toString();
    }

    private static void checkForCycles(List<Row> rows, Map<String, Row> byCode, List<RowError> errors) {
        for (Row row : rows) {
            Set<String> seen = new HashSet<>();
            for (Row at = row; at != null && at.parent() != null; at = byCode.get(at.parent())) {
                if (!seen.add(at.code())) {
                    errors.add(new RowError(row.line(), "parent", OrganisationReason.PARENT_CYCLE));
                    break;
                }
            }
        }
    }

    private Map<String, Organisation> storedByCode() {
        Map<String, Organisation> stored = new HashMap<>();
        em.createQuery("select o from Organisation o left join fetch o.parent", Organisation.class)
                .getResultList()
                .forEach(o -> stored.put(o.code(), o));
        return stored;
    }
}
