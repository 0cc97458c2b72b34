package dev.voucheremulator.api.query;

import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The envelope of the spec's list response bodies: {@code object: "list"}, {@code data_ref} naming
 * the array, the array under that name, then {@code total} and, on lists paged by a cursor,
 * {@code has_more} and {@code more_starting_after}; absent values are left out.
 */
@JsonSerialize(using = ListEnvelope.Writer.class)
public record ListEnvelope<T>(String dataRef, List<T> data, Long total, Boolean hasMore, String moreStartingAfter) {

    /** A page of a list: {@code total} counts every match, not just this page. */
    public static <T> ListEnvelope<T> of(String dataRef, List<T> data, long total) {
        return new ListEnvelope<>(dataRef, data, total, null, null);
    }

    /** All of a list, under {@code data}. */
    public static <T> ListEnvelope<T> of(List<T> data) {
        return of("data", data, data.size());
    }

    /** A page of a list paged by a cursor: the last item's id is where the next page starts. */
    public static <T> ListEnvelope<T> cursor(List<T> data, Long total, boolean hasMore, String moreStartingAfter) {
        return new ListEnvelope<>("data", data, total, hasMore, moreStartingAfter);
    }

    public String object() {
        return "list";
    }

    static final class Writer extends ValueSerializer<ListEnvelope<?>> {

        @Override
        public void serialize(ListEnvelope<?> list, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject(list);
            gen.writeStringProperty("object", list.object());
            gen.writeStringProperty("data_ref", list.dataRef());
            gen.writeName(list.dataRef());
            ctxt.writeValue(gen, list.data());
            if (list.total() != null) {
                gen.writeNumberProperty("total", list.total());
            }
            if (list.hasMore() != null) {
                gen.writeBooleanProperty("has_more", list.hasMore());
            }
            if (list.moreStartingAfter() != null) {
                gen.writeStringProperty("more_starting_after", list.moreStartingAfter());
            }
            gen.writeEndObject();
        }
    }
}
