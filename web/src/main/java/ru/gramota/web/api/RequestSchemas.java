package ru.gramota.web.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import ru.gramota.registry.PlainRequisite;
import ru.gramota.registry.RequisiteValues;

/**
 * What the annotations of the records cannot say because it is not a constant: the plain
 * requisites of a card ({@link PlainRequisite}), which the bodies of registrations and corrections
 * and the card itself carry as fields of their own, each stated from the catalogue with its type and
 * limits (a choice with its values), so that the document and the check never differ. Registered in
 * {@code META-INF/microprofile-config.properties}.
 */
public class RequestSchemas implements OASFilter {

    private static final String VALUES = "values";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        String reference = "#/components/schemas/" + RequisiteValues.class.getSimpleName();
        for (Schema schema : schemas.values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null
                    && properties.containsKey(VALUES)
                    && reference.equals(properties.get(VALUES).getRef())) {
                schema.removeProperty(VALUES);
                for (PlainRequisite requisite : PlainRequisite.values()) {
                    schema.addProperty(requisite.field(), property(requisite));
                }
            }
        }
        openAPI.getComponents().removeSchema(RequisiteValues.class.getSimpleName());
    }

    private static Schema property(PlainRequisite requisite) {
        PlainRequisite.Value value = requisite.value();
        Schema property = OASFactory.createSchema().description(requisite.description());
        return switch (value.type()) {
            case TEXT ->
                property.addType(SchemaType.STRING).maxLength(value.maxLength()).example(requisite.example());
            case WHOLE_NUMBER ->
                property.addType(SchemaType.INTEGER)
                        .format("int32")
                        .example(Integer.valueOf(requisite.example()))
                        .minimum(BigDecimal.valueOf(value.min()))
                        .maximum(BigDecimal.valueOf(value.max()));
            case DATE ->
                property.addType(SchemaType.STRING)
                        .format("date")
                        .pattern(IsoDates.DATE_PATTERN)
                        .example(requisite.example());
            case CHOICE ->
                property.addType(SchemaType.STRING)
                        .enumeration(new ArrayList<>(value.choices()))
                        .example(requisite.example());
        };
    }
}
