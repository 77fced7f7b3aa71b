package nl.thvhub.platform;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads request bodies as the contract types them: a number is no text, a number is no yes/no, and a number is no
 * date. Jackson's lenient defaults accepted {@code "aangifte": 2} as true and {@code "reden": 12} as text; a partner
 * that sends the wrong type now gets the 400 naming the field that the document promises.
 */
@Singleton
public class StrikteJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.setDefaultLeniency(Boolean.FALSE);
        for (CoercionInputShape vorm : new CoercionInputShape[]{CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(vorm, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("strikte-tijden")
                .setDeserializerModifier(new AlleenTekst()));
    }

    /**
     * Dates and instants are text in the contract; Jackson's java.time readers also take arrays ({@code [2026,11,28]},
     * and {@code []} as null) and numbers. Those are refused here, so they are the 400 naming the field.
     */
    private static final class AlleenTekst extends com.fasterxml.jackson.databind.deser.BeanDeserializerModifier {

        private static final java.util.Set<Class<?>> TIJDEN = java.util.Set.of(java.time.LocalDate.class,
                java.time.Instant.class, java.time.OffsetDateTime.class, java.time.LocalDateTime.class,
                java.time.ZonedDateTime.class, java.time.LocalTime.class);

        @Override
        public com.fasterxml.jackson.databind.JsonDeserializer<?> modifyDeserializer(
                com.fasterxml.jackson.databind.DeserializationConfig config,
                com.fasterxml.jackson.databind.BeanDescription beanDesc,
                com.fasterxml.jackson.databind.JsonDeserializer<?> deserializer) {
            if (!TIJDEN.contains(beanDesc.getBeanClass())) {
                return deserializer;
            }
            return new com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer(deserializer) {

                @Override
                protected com.fasterxml.jackson.databind.JsonDeserializer<?> newDelegatingInstance(
                        com.fasterxml.jackson.databind.JsonDeserializer<?> nieuw) {
                    return modifyDeserializer(config, beanDesc, nieuw);
                }

                @Override
                public Object deserialize(com.fasterxml.jackson.core.JsonParser p,
                        com.fasterxml.jackson.databind.DeserializationContext ctxt) throws java.io.IOException {
                    if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                        return ctxt.handleUnexpectedToken(beanDesc.getBeanClass(), p);
                    }
                    return super.deserialize(p, ctxt);
                }
            };
        }
    }
}
