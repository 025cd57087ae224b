package ru.gramota.web.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import ru.gramota.registry.Requisites;

/**
 * What the annotations of the request records cannot say because it is not a constant: the delivery
 * channels a card accepts, taken from {@link Requisites#DELIVERY_CHANNELS} so that the document and
 * the check never differ. Registered in {@code META-INF/microprofile-config.properties}.
 */
public class RequestSchemas implements OASFilter {

    private static final List<String> CARDS = List.of("Registration", "CardCorrection");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Object> channels = Requisites.DELIVERY_CHANNELS.stream()
                .sorted()
                .map(Object.class::cast)
                .toList();
        for (String card : CARDS) {
            Schema schema = schemas.get(card);
            if (schema != null && schema.getProperties() != null) {
                Schema channel = schema.getProperties().get("deliveryChannel");
                if (channel != null) {
                    channel.setEnumeration(channels);
                }
            }
        }
    }
}
