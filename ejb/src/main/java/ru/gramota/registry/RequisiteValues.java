package ru.gramota.registry;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ru.gramota.platform.FieldError;

/**
 * The values of a card's {@linkplain PlainRequisite plain requisites}: texts stripped, blank ones
 * and nulls left out, each of its requisite's type. Immutable.
 */
public final class RequisiteValues implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No plain requisite given. */
    public static final RequisiteValues NONE = new RequisiteValues(new EnumMap<>(PlainRequisite.class));

    private final EnumMap<PlainRequisite, Object> values;

    private RequisiteValues(EnumMap<PlainRequisite, Object> values) {
        this.values = values;
    }

    /**
     * The values given, each normalised; the value of a requisite must be of its type.
     *
     * @throws IllegalArgumentException for a value of another type, a mistake in the calling code
     */
    public static RequisiteValues of(Map<PlainRequisite, ?> given) {
        EnumMap<PlainRequisite, Object> values = new EnumMap<>(PlainRequisite.class);
        given.forEach((requisite, raw) -> {
            Class<?> type = requisite.value().type().javaType();
            if (raw != null && !type.isInstance(raw)) {
                throw new IllegalArgumentException(
                        requisite.field() + " takes a " + type.getSimpleName() + ", not " + raw.getClass());
            }
            Object value = requisite.value().normalised(raw);
            if (value != null) {
                values.put(requisite, value);
            }
        });
        return new RequisiteValues(values);
    }

    /** The values a document keeps. */
    public static RequisiteValues of(Document d) {
        Map<PlainRequisite, Object> kept = new EnumMap<>(PlainRequisite.class);
        for (PlainRequisite requisite : PlainRequisite.values()) {
            kept.put(requisite, requisite.of(d));
        }
        return of(kept);
    }

    /** The value of the requisite, or null. */
    public <T> T get(PlainRequisite requisite, Class<T> type) {
        return type.cast(values.get(requisite));
    }

    /** The value of the requisite, whatever its type, or null. */
    public Object get(PlainRequisite requisite) {
        return values.get(requisite);
    }

    /** The values given, by field name, in the catalogue's order. */
    public Map<String, Object> byField() {
        Map<String, Object> byField = new LinkedHashMap<>();
        values.forEach((requisite, value) -> byField.put(requisite.field(), value));
        return Collections.unmodifiableMap(byField);
    }

    /** What is wrong with the values of these requisites, one error per field, in the catalogue's order. */
    public List<FieldError> violations(Set<PlainRequisite> requisites) {
        List<FieldError> errors = new ArrayList<>();
        values.forEach((requisite, value) -> {
            FieldError error =
                    requisites.contains(requisite) ? requisite.value().violation(requisite.field(), value) : null;
            if (error != null) {
                errors.add(error);
            }
        });
        return errors;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequisiteValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(values);
    }

    @Override
    public String toString() {
        return byField().toString();
    }
}
