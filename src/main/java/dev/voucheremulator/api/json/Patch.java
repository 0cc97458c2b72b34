package dev.voucheremulator.api.json;

import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One property of a partial update (PUT) as sent: absent (keep the stored value), an explicit
 * {@code null} (clear it) or a value (set it). The SDKs send explicit nulls on purpose, so a plain
 * nullable field, which cannot tell the first two apart, is not enough.
 *
 * <p>Use it as a record component of a request body: Jackson hands an absent property
 * {@link #absent()}. Swagger documents the property as its value type ({@code PatchModelConverter}).
 */
@JsonDeserialize(using = Patch.Deserializer.class)
@JsonSerialize(using = Patch.Serializer.class)
public final class Patch<T> {

    private static final Patch<?> ABSENT = new Patch<>(false, null);

    private final boolean present;
    private final T value;

    private Patch(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    /** Sent, with this value; {@code null} for an explicit null. */
    public static <T> Patch<T> of(T value) {
        return new Patch<>(true, value);
    }

    /** Whether the property was in the body at all (with a value or null). */
    public boolean isPresent() {
        return present;
    }

    /** The value sent; null when absent or sent as null. */
    public T value() {
        return value;
    }

    /** The value sent (also an explicit null), or {@code current} when the property was absent. */
    public T orElse(T current) {
        return present ? value : current;
    }

    /** Sent with a non-null value. */
    public boolean hasValue() {
        return present && value != null;
    }

    public <R> Patch<R> map(Function<T, R> mapper) {
        return present ? of(value == null ? null : mapper.apply(value)) : absent();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Patch<?> other && present == other.present && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(present, value);
    }

    @Override
    public String toString() {
        return present ? "Patch[" + value + "]" : "Patch[absent]";
    }

    static final class Deserializer extends ValueDeserializer<Patch<?>> {

        private final JavaType valueType;

        Deserializer() {
            this(null);
        }

        private Deserializer(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType type = property != null ? property.getType() : ctxt.getContextualType();
            return new Deserializer(type.containedTypeOrUnknown(0));
        }

        @Override
        public Patch<?> deserialize(JsonParser p, DeserializationContext ctxt) {
            return of(ctxt.readValue(p, valueType));
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            return of(null);
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return absent();
        }
    }

    /** Writes what was sent; an absent property is left out (the mapper's inclusion for Patch is NON_EMPTY). */
    static final class Serializer extends ValueSerializer<Patch<?>> {

        @Override
        public void serialize(Patch<?> patch, JsonGenerator gen, SerializationContext ctxt) {
            if (patch.value == null) {
                gen.writeNull();
            } else {
                ctxt.writeValue(gen, patch.value);
            }
        }

        @Override
        public boolean isEmpty(SerializationContext ctxt, Patch<?> patch) {
            return patch == null || !patch.present;
        }
    }
}
