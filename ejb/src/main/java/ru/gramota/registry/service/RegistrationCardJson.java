package ru.gramota.registry.service;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.gramota.registry.RequisiteValues;

/**
 * A card in JSON as JSON-B writes a record (fields in alphabetical order, absent ones left out),
 * with its plain requisites among the other fields, each under its own name, instead of an object
 * of their own: the API shows a requisite the same way whether it is plain or not.
 */
public class RegistrationCardJson implements JsonbSerializer<RegistrationCard> {

    /** The card's components but its plain requisites, looked up once rather than for every card. */
    private static final List<RecordComponent> FIELDS = Arrays.stream(RegistrationCard.class.getRecordComponents())
            .filter(component -> component.getType() != RequisiteValues.class)
            .toList();

    @Override
    public void serialize(RegistrationCard card, JsonGenerator generator, SerializationContext context) {
        Map<String, Object> fields = new TreeMap<>();
        for (RecordComponent component : FIELDS) {
            fields.put(component.getName(), read(component, card));
        }
        fields.putAll(card.values().byField());
        generator.writeStartObject();
        fields.forEach((name, value) -> {
            if (value != null) {
                context.serialize(name, value, generator);
            }
        });
        generator.writeEnd();
    }

    private static Object read(RecordComponent component, RegistrationCard card) {
        try {
            return component.getAccessor().invoke(card);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of a card", e);
        }
    }
}
