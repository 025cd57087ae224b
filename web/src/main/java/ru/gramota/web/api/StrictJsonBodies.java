package ru.gramota.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Reason;
import ru.gramota.registry.PlainRequisite;
import ru.gramota.registry.RequisiteValues;

/**
 * The one reading of the API's JSON bodies, in place of JSON-B's lenient binding: a body is exactly
 * one JSON object in valid UTF-8 of at most {@value #MAX_BYTES} bytes, with each key at most once,
 * only the fields of the request record it is read into, and each value of its field's type. Text is
 * a JSON string, a whole number a JSON number without fraction or exponent that fits, a mark {@code
 * true} or {@code false}, a date {@code yyyy-MM-dd} in {@link IsoDates}' range, a constant of an enum
 * its exact name; {@code null} is the same as leaving the field out. Anything else is refused with a
 * field error for every field that is wrong, before any resource sees it: nothing is coerced,
 * truncated or ignored (JSON-B would turn {@code "yes"} into {@code false}, {@code 1.5} into {@code
 * 1} and skip a second object or an unknown field without a word).
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictJsonBodies implements MessageBodyReader<Record> {

    /**
     * Looked up once: {@code Json.createParser}, {@code Json.createObjectBuilder} and the like look
     * the provider up through the service loader at every call, a class-path scan that a profile of
     * registrations showed (docs/benchmarks.md).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Far above any card (a 100,000-character text is at most 400 KB), far below a memory risk. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(
            Class<Record> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        return bind(type, object(text(entityStream)));
    }

    /** The body as text: not too large, valid UTF-8. */
    private static String text(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("body", CommonReason.BODY_TOO_LARGE, MAX_BYTES / (1024 * 1024));
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", CommonReason.BODY_NOT_UTF8);
        }
    }

    /** The one top-level object, its keys in order, each at most once; nothing after it. */
    static Map<String, JsonValue> object(String text) {
        if (text.isBlank()) {
            throw new InvalidInputException("body", CommonReason.BODY_REQUIRED);
        }
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        List<FieldError> twice = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new InvalidInputException("body", CommonReason.BODY_NOT_OBJECT);
            }
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
                String key = parser.getString();
                parser.next();
                if (fields.put(key, parser.getValue()) != null) {
                    twice.add(new FieldError(key, CommonReason.FIELD_TWICE));
                }
            }
            trailing(parser);
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInputException(
                    "body", CommonReason.BODY_NOT_JSON, at.getLineNumber(), at.getColumnNumber());
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new InvalidInputException("body", CommonReason.BODY_NOT_JSON, 1, 1);
        }
        if (!twice.isEmpty()) {
            throw new InvalidInputException(twice);
        }
        return fields;
    }

    private static void trailing(JsonParser parser) {
        try {
            if (!parser.hasNext()) {
                return;
            }
        } catch (JsonException e) {
            // The parser reports what follows the object as a syntax error: it is trailing data all the same.
        }
        throw new InvalidInputException("body", CommonReason.BODY_TRAILING_DATA);
    }

    /**
     * The record, each component from the field of its name, but for a component of {@link
     * RequisiteValues}: that one takes the card's plain requisites, each from the field of its own
     * name ({@link PlainRequisite#field}). Every wrong field named.
     */
    static <R extends Record> R bind(Class<R> type, Map<String, JsonValue> fields) {
        RecordComponent[] components = type.getRecordComponents();
        List<FieldError> errors = new ArrayList<>();
        List<String> names = Arrays.stream(components)
                .flatMap(c -> c.getType() == RequisiteValues.class
                        ? Arrays.stream(PlainRequisite.values()).map(PlainRequisite::field)
                        : Stream.of(c.getName()))
                .toList();
        for (String key : fields.keySet()) {
            if (!names.contains(key)) {
                errors.add(new FieldError(key, CommonReason.FIELD_UNKNOWN, String.join(", ", names)));
            }
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            try {
                values[i] = component.getType() == RequisiteValues.class
                        ? plain(fields, errors)
                        : value(component.getGenericType(), fields.get(component.getName()), component.getName());
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Request record " + type.getName() + " cannot be built", e);
        }
    }

    private static RequisiteValues plain(Map<String, JsonValue> fields, List<FieldError> errors) {
        Map<PlainRequisite, Object> values = new EnumMap<>(PlainRequisite.class);
        for (PlainRequisite requisite : PlainRequisite.values()) {
            try {
                values.put(
                        requisite,
                        value(requisite.value().type().javaType(), fields.get(requisite.field()), requisite.field()));
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        return RequisiteValues.of(values);
    }

    private static Object value(Type type, JsonValue json, String field) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!(json instanceof JsonArray array)) {
                throw new InvalidInputException(field, CommonReason.NOT_A_LIST);
            }
            List<Object> items = new ArrayList<>();
            for (JsonValue item : array) {
                Type itemType = list.getActualTypeArguments()[0];
                Object value = item instanceof JsonObject && itemType instanceof Class<?> nested && nested.isRecord()
                        ? nested(nested.asSubclass(Record.class), item, field + "[" + items.size() + "]")
                        : value(itemType, item, field);
                if (value == null) {
                    throw new InvalidInputException(field, CommonReason.REQUIRED);
                }
                items.add(value);
            }
            return List.copyOf(items);
        }
        if (type instanceof Class<?> nested && nested.isRecord()) {
            if (json instanceof JsonObject) {
                return nested(nested.asSubclass(Record.class), json, field);
            }
            throw new InvalidInputException(field, CommonReason.BODY_NOT_OBJECT);
        }
        if (type == String.class) {
            return text(json, field, CommonReason.NOT_TEXT);
        }
        if (type == Boolean.class) {
            if (json.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (json.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            throw new InvalidInputException(field, CommonReason.NOT_A_BOOLEAN);
        }
        if (type == Integer.class) {
            return whole(json, field, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
        }
        if (type == Long.class) {
            return whole(json, field, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
        }
        if (type == LocalDate.class) {
            return IsoDates.date(text(json, field, CommonReason.NOT_A_DATE), field);
        }
        if (type instanceof Class<?> enumType && enumType.isEnum()) {
            return constant(enumType, json, field);
        }
        throw new IllegalStateException("A request field of type " + type + " has no strict reading: " + field);
    }

    /** An object in a list of the body: read as strictly, its fields named after their place, {@code queries[0].q}. */
    private static Record nested(Class<? extends Record> type, JsonValue json, String field) {
        try {
            return bind(type, json.asJsonObject());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(error -> new FieldError(
                            field + "." + error.field(),
                            error.reason(),
                            error.arguments().toArray()))
                    .toList());
        }
    }

    private static String text(JsonValue json, String field, Reason otherwise) {
        if (json instanceof JsonString string) {
            return string.getString();
        }
        throw new InvalidInputException(field, otherwise);
    }

    private static BigInteger whole(JsonValue json, String field, long min, long max) {
        if (!(json instanceof JsonNumber number) || !integral(number)) {
            throw new InvalidInputException(field, CommonReason.NOT_A_WHOLE_NUMBER);
        }
        BigInteger value = number.bigIntegerValue();
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new InvalidInputException(field, CommonReason.OUT_OF_RANGE, min, max);
        }
        return value;
    }

    /** As written: {@code 1.0} and {@code 1e2} are not whole numbers here, though their values are. */
    private static boolean integral(JsonNumber number) {
        String written = number.toString();
        BigDecimal value = number.bigDecimalValue();
        return written.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E') && value.scale() <= 0;
    }

    private static Object constant(Class<?> type, JsonValue json, String field) {
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
        if (json instanceof JsonString string) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(string.getString())) {
                    return constant;
                }
            }
        }
        throw new InvalidInputException(field, CommonReason.ONE_OF, allowed);
    }
}
