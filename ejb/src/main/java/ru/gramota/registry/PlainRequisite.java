package ru.gramota.registry;

import java.text.Collator;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.Reason;

/**
 * The plain requisites of a card: values a clerk enters and the card keeps as they are, with no
 * look-up in a directory and no rule that ties them to another requisite. Each is described once,
 * here: its field (the name in the API, the form's input and the audit state), its type and limits,
 * the kinds whose form shows it, its label, and where the card keeps it. Every layer reads this
 * description: the strict JSON reader and the OpenAPI document, the check of the requisites, the card
 * the API returns, the audit state, the form, the card page and its print.
 *
 * <p>Adding one takes three files: a constant here, a column in the value object that keeps it
 * (reading its value from {@link RequisiteValues} in its constructor), and the migration that adds
 * the column. A requisite looked up in a directory, or checked against others, is not plain: it is
 * a component of {@link Requisites} of its own.
 */
public enum PlainRequisite {
    DELIVERY_CHANNEL(
            "deliveryChannel",
            "Способ поступления",
            "How an incoming document arrived",
            "почта",
            Value.choice(Requisites.DELIVERY_CHANNELS),
            EnumSet.of(DocumentKind.INCOMING, DocumentKind.CITIZEN_APPEAL),
            d -> d.correspondence().deliveryChannel()),

    PAGES(
            "pages",
            "Листов",
            "Sheets of the paper original (19)",
            "3",
            Value.wholeNumber(1, Requisites.MAX_PAGES, RegistryReason.PAGES_OUT_OF_RANGE),
            EnumSet.allOf(DocumentKind.class),
            d -> d.filing().pages());

    private final String field;
    private final String label;
    private final String description;
    private final String example;
    private final Value value;
    private final Set<DocumentKind> shownFor;
    private final Function<Document, Object> kept;

    PlainRequisite(
            String field,
            String label,
            String description,
            String example,
            Value value,
            Set<DocumentKind> shownFor,
            Function<Document, Object> kept) {
        this.field = field;
        this.label = label;
        this.description = description;
        this.example = example;
        this.value = value;
        this.shownFor = Set.copyOf(shownFor);
        this.kept = kept;
    }

    /** The name of its field in the API, of its input in the forms and of its key in the audit state. */
    public String field() {
        return field;
    }

    /** What the forms and the card call it, in Russian. */
    public String label() {
        return label;
    }

    /** What it is, in English, for the API's document. */
    public String description() {
        return description;
    }

    /** An example value, for the API's document. */
    public String example() {
        return example;
    }

    /** Its type and limits. */
    public Value value() {
        return value;
    }

    /** Whether the form of a card of this kind shows it (the API accepts it on every kind). */
    public boolean shownFor(DocumentKind kind) {
        return shownFor.contains(kind);
    }

    /** Its value as the document keeps it, or null. */
    Object of(Document d) {
        return kept.apply(d);
    }

    /** The requisite whose field this is, or null. */
    public static PlainRequisite byField(String field) {
        for (PlainRequisite requisite : values()) {
            if (requisite.field.equals(field)) {
                return requisite;
            }
        }
        return null;
    }

    /** The kinds of value a plain requisite has. */
    public enum Type {
        TEXT(String.class),
        WHOLE_NUMBER(Integer.class),
        DATE(LocalDate.class),
        CHOICE(String.class);

        private final Class<?> javaType;

        Type(Class<?> javaType) {
            this.javaType = javaType;
        }

        /** The Java type of its values. */
        public Class<?> javaType() {
            return javaType;
        }
    }

    /**
     * A type with its limits: the longest text, the range of a whole number (and the reason given
     * outside it), or the values to choose from, in Russian alphabetical order.
     */
    public record Value(Type type, int maxLength, int min, int max, Reason outOfRange, List<String> choices) {

        public static Value text(int maxLength) {
            return new Value(Type.TEXT, maxLength, 0, 0, null, List.of());
        }

        public static Value wholeNumber(int min, int max, Reason outOfRange) {
            return new Value(Type.WHOLE_NUMBER, 0, min, max, outOfRange, List.of());
        }

        public static Value date() {
            return new Value(Type.DATE, 0, 0, 0, null, List.of());
        }

        public static Value choice(Set<String> choices) {
            Collator russian = Collator.getInstance(Locale.forLanguageTag("ru"));
            return new Value(
                    Type.CHOICE, 0, 0, 0, null, choices.stream().sorted(russian).toList());
        }

        /** A text stripped, blank as absent; other values as they are. */
        Object normalised(Object raw) {
            if (raw instanceof String text) {
                return text.isBlank() ? null : text.strip();
            }
            return raw;
        }

        /** What is wrong with a normalised value of the field, or null. */
        FieldError violation(String field, Object value) {
            if (value == null) {
                return null;
            }
            return switch (type) {
                case TEXT ->
                    ((String) value).length() > maxLength
                            ? new FieldError(field, CommonReason.TOO_LONG_NOW, maxLength, ((String) value).length())
                            : null;
                case WHOLE_NUMBER ->
                    (Integer) value < min || (Integer) value > max ? new FieldError(field, outOfRange, min, max) : null;
                case CHOICE ->
                    choices.contains(value)
                            ? null
                            : new FieldError(field, CommonReason.ONE_OF, String.join(", ", choices));
                case DATE -> null;
            };
        }
    }
}
