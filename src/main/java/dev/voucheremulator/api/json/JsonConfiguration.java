package dev.voucheremulator.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.voucheremulator.api.time.Timestamps;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.hibernate.type.format.jackson.Jackson3JsonFormatMapper;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The wire format, set once: snake_case and non-null inclusion come from application.properties;
 * here timestamps and strict scalar types. The same mapper writes the jsonb columns, so what is
 * stored is exactly what is echoed.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    // Voucherify always writes milliseconds: 2022-09-20T09:32:29.530Z
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Bean
    JsonMapperBuilderCustomizer voucherifyWireFormat() {
        SimpleModule timestamps = new SimpleModule("voucherify-timestamps")
                .addSerializer(Instant.class, new InstantSerializer())
                .addDeserializer(Instant.class, new InstantDeserializer())
                .addDeserializer(Long.class, new BoundedLongDeserializer())
                .addDeserializer(long.class, new BoundedLongDeserializer());
        return builder -> builder
                .addModule(timestamps)
                // an absent Patch property (a partial update's "keep") is not written back out
                .withConfigOverride(Patch.class, o -> o.setInclude(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY)))
                // "type": 1 is not GIFT_VOUCHER: enums are their names only
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // "name": 123 or "vouchers_count": "5" is a client error, not something to guess at
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }

    @Bean
    HibernatePropertiesCustomizer jsonbUsesTheWireMapper(JsonMapper jsonMapper) {
        // Hibernate would otherwise pick whichever Jackson it finds first on the class path.
        return properties -> properties.put("hibernate.type.json_format_mapper",
                new Jackson3JsonFormatMapper(jsonMapper));
    }

    /**
     * Amounts, counts and points are summed into 64-bit counters; bounding each value keeps every sum
     * exact (a hundred billion in the currency's main unit, as cents, is far beyond any real order).
     */
    static final class BoundedLongDeserializer extends ValueDeserializer<Long> {

        static final long MAX = 10_000_000_000_000L;

        @Override
        public Long deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                return (Long) ctxt.handleUnexpectedToken(Long.class, p);
            }
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || Math.abs(p.getLongValue()) > MAX) {
                return (Long) ctxt.handleWeirdNumberValue(Long.class, p.getNumberValue(),
                        "should be between -" + MAX + " and " + MAX);
            }
            return p.getLongValue();
        }
    }

    static final class InstantSerializer extends ValueSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(TIMESTAMP.format(value.truncatedTo(ChronoUnit.MILLIS)));
        }
    }

    /** Reads timestamps as {@link Timestamps} does, so bodies and query strings agree. */
    static final class InstantDeserializer extends ValueDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getString();
            try {
                return Timestamps.parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text,
                        "expected an ISO-8601 date-time such as 2022-09-20T00:00:00.000Z");
            }
        }
    }
}
