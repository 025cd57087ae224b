package ru.gramota.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bad bodies derived from one request schema of the served OpenAPI document: each field of the wrong
 * type, a fraction for an integer, dates out of range or not dates, an unknown enum value, each
 * required field missing, a string one over its maxLength or outside its pattern, an unknown field,
 * a duplicate key, trailing data, a top level that is not an object.
 */
final class HostileBodies {

    /** One bad body: what it probes, the raw JSON text, and the field the refusal must name (or null). */
    record Probe(String what, String body, String field) {}

    private final JsonObject schemas;

    HostileBodies(JsonObject schemas) {
        this.schemas = schemas;
    }

    /**
     * The probes for a schema, built on a body holding the given values (valid ones where the test
     * knows them, the schema's examples otherwise) for the required fields.
     */
    List<Probe> of(String schemaName, Map<String, JsonValue> known) {
        JsonObject schema = schemas.getJsonObject(schemaName);
        JsonObject properties = schema.getJsonObject("properties");
        List<String> required = schema.containsKey("required")
                ? schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()
                : List.of();
        JsonObjectBuilder base = Json.createObjectBuilder();
        for (String field : required) {
            base.add(field, value(field, properties.getJsonObject(field), known));
        }
        JsonObject valid = base.build();
        List<Probe> probes = new ArrayList<>();
        properties.forEach((field, value) -> {
            JsonObject property = resolved(value.asJsonObject());
            for (Map.Entry<String, JsonValue> bad : badValues(property).entrySet()) {
                probes.add(new Probe(
                        field + " " + bad.getKey(),
                        with(valid, field, bad.getValue()).toString(),
                        field));
            }
            if (property.containsKey("maxLength")) {
                String tooLong = "Щ".repeat(property.getInt("maxLength") + 1);
                probes.add(new Probe(
                        field + " one over maxLength",
                        with(valid, field, Json.createValue(tooLong)).toString(),
                        null));
            }
            if (property.containsKey("pattern")) {
                probes.add(new Probe(
                        field + " outside its pattern",
                        with(valid, field, Json.createValue("<b>\"x\"")).toString(),
                        null));
            }
        });
        for (String field : required) {
            JsonObjectBuilder without = Json.createObjectBuilder(valid);
            without.remove(field);
            probes.add(new Probe(field + " missing", without.build().toString(), null));
        }
        String text = valid.toString();
        String open = text.substring(0, text.length() - 1);
        String separator = valid.isEmpty() ? "" : ",";
        probes.add(new Probe("an unknown field", open + separator + "\"unknownField\":1}", "unknownField"));
        if (!required.isEmpty()) {
            String first = required.get(0);
            probes.add(new Probe(
                    first + " twice", open + separator + "\"" + first + "\":" + valid.get(first) + "}", first));
        }
        probes.add(new Probe("a second object after the body", text + text, "body"));
        probes.add(new Probe("text after the body", text + " x", "body"));
        probes.add(new Probe("an array for a body", "[" + text + "]", "body"));
        probes.add(new Probe("a number for a body", "42", "body"));
        return probes;
    }

    /** Values of the wrong kind for a property, by what they probe. */
    private static Map<String, JsonValue> badValues(JsonObject property) {
        String type = property.getString("type", "");
        Map<String, JsonValue> bad = new LinkedHashMap<>();
        switch (type) {
            case "string" -> {
                bad.put("a number for text", Json.createValue(12345));
                bad.put("a boolean for text", JsonValue.TRUE);
                bad.put("an object for text", JsonValue.EMPTY_JSON_OBJECT);
                if (property.containsKey("enum")) {
                    String first = property.getJsonArray("enum").getString(0);
                    bad.put("an unknown enum value", Json.createValue("NO_SUCH_VALUE"));
                    if (!first.toLowerCase(Locale.ROOT).equals(first)) {
                        bad.put("an enum value in lower case", Json.createValue(first.toLowerCase(Locale.ROOT)));
                    }
                }
                if ("date".equals(property.getString("format", ""))) {
                    bad.put("year 0000", Json.createValue("0000-01-01"));
                    bad.put("year +99999", Json.createValue("+99999-01-01"));
                    bad.put("year 2100", Json.createValue("2100-01-01"));
                    bad.put("30 February", Json.createValue("2026-02-30"));
                    bad.put("a date with a time", Json.createValue("2026-11-20T10:00:00Z"));
                    bad.put("an empty date", Json.createValue(""));
                }
            }
            case "integer" -> {
                bad.put("a fraction", Json.createValue(1.5));
                bad.put("a whole number written with a fraction", Json.createValue(new BigDecimal("2.0")));
                bad.put("text for a number", Json.createValue("1"));
                bad.put("a boolean for a number", JsonValue.FALSE);
                bad.put("a number beyond int64", Json.createValue(new BigInteger("99999999999999999999")));
            }
            case "boolean" -> {
                bad.put("text for a boolean", Json.createValue("yes"));
                bad.put("a number for a boolean", Json.createValue(1));
                bad.put("null written as text", Json.createValue("null"));
            }
            case "array" -> {
                bad.put("text for a list", Json.createValue("x"));
                bad.put(
                        "a list of booleans",
                        Json.createArrayBuilder().add(true).build());
            }
            default -> bad.put("a list for a " + type, JsonValue.EMPTY_JSON_ARRAY);
        }
        return bad;
    }

    private JsonValue value(String field, JsonObject property, Map<String, JsonValue> known) {
        if (known.containsKey(field)) {
            return known.get(field);
        }
        if (property.containsKey("example")) {
            return property.get("example");
        }
        JsonObject resolved = resolved(property);
        if (resolved.containsKey("enum")) {
            return resolved.getJsonArray("enum").get(0);
        }
        return Json.createValue("x");
    }

    private JsonObject resolved(JsonObject property) {
        if (property.containsKey("$ref")) {
            return schemas.getJsonObject(property.getString("$ref").replace("#/components/schemas/", ""));
        }
        if (property.containsKey("allOf")) {
            JsonArray all = property.getJsonArray("allOf");
            JsonObjectBuilder merged = Json.createObjectBuilder(resolved(all.getJsonObject(0)));
            property.forEach((key, value) -> {
                if (!key.equals("allOf")) {
                    merged.add(key, value);
                }
            });
            return merged.build();
        }
        return property;
    }

    private static JsonObject with(JsonObject body, String field, JsonValue value) {
        return Json.createObjectBuilder(body).add(field, value).build();
    }
}
