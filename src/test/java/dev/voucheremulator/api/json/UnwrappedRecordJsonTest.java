package dev.voucheremulator.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A value shared by several bodies is one record component marked {@code @JsonUnwrapped}, and the
 * wire stays flat. Jackson 3 supports that on record (creator) components both ways; this pins it
 * down with the application's own mapper (snake_case, non-null inclusion, strict scalars).
 */
@JsonTest
@Import(JsonConfiguration.class)
class UnwrappedRecordJsonTest {

    private static final Instant AT = Instant.parse("2025-01-02T03:04:05.678Z");

    @Autowired
    JsonMapper json;

    record Window(Instant startDate, Instant expirationDate, List<Integer> validityDayOfWeek) {
    }

    record Body(String name, @JsonUnwrapped Window window, String object) {
    }

    record Bodies(List<Body> items) {
    }

    record AlwaysDated(@JsonInclude(JsonInclude.Include.ALWAYS) Instant startDate,
                       @JsonUnwrapped @JsonIgnoreProperties("start_date") Window window) {
    }

    @Test
    void writesTheComponentsFieldsFlatInItsPlaceAndLeavesNullsOut() {
        String written = json.writeValueAsString(new Body("n", new Window(AT, null, List.of(1)), "x"));

        assertThat(written).isEqualTo(
                "{\"name\":\"n\",\"start_date\":\"2025-01-02T03:04:05.678Z\",\"validity_day_of_week\":[1],\"object\":\"x\"}");
    }

    @Test
    void writesNothingForANullOrEmptyComponent() {
        assertThat(json.writeValueAsString(new Body("n", null, "x"))).isEqualTo("{\"name\":\"n\",\"object\":\"x\"}");
        assertThat(json.writeValueAsString(new Body("n", new Window(null, null, null), "x")))
                .isEqualTo("{\"name\":\"n\",\"object\":\"x\"}");
    }

    @Test
    void readsFlatFieldsIntoTheComponent() {
        Body read = json.readValue("{\"name\":\"n\",\"start_date\":\"2025-01-02T03:04:05.678Z\","
                + "\"validity_day_of_week\":[1],\"object\":\"x\"}", Body.class);

        assertThat(read).isEqualTo(new Body("n", new Window(AT, null, List.of(1)), "x"));
    }

    @Test
    void readsAbsentOrNullFieldsAsAnEmptyComponentNeverNull() {
        Window empty = new Window(null, null, null);
        assertThat(json.readValue("{}", Body.class)).isEqualTo(new Body(null, empty, null));
        assertThat(json.readValue("{\"name\":\"n\"}", Body.class).window()).isEqualTo(empty);
        assertThat(json.readValue("{\"start_date\":null,\"validity_day_of_week\":null}", Body.class).window())
                .isEqualTo(empty);
    }

    @Test
    void namesABadFieldByItsFlatPath() {
        DatabindException top = catchThrowableOfType(DatabindException.class,
                () -> json.readValue("{\"start_date\":\"yesterday\"}", Body.class));
        DatabindException nested = catchThrowableOfType(DatabindException.class,
                () -> json.readValue("{\"items\":[{\"validity_day_of_week\":\"x\"}]}", Bodies.class));

        assertThat(top.getPath()).extracting(ref -> ref.getPropertyName()).containsExactly("start_date");
        assertThat(nested.getPath()).extracting(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
                : "[" + ref.getIndex() + "]").containsExactly("items", "[0]", "validity_day_of_week");
    }

    @Test
    void ignoredFieldsOfTheComponentCanBeWrittenByTheBodyItself() {
        assertThat(json.writeValueAsString(new AlwaysDated(null, new Window(null, AT, null))))
                .isEqualTo("{\"start_date\":null,\"expiration_date\":\"2025-01-02T03:04:05.678Z\"}");
        assertThat(json.writeValueAsString(new AlwaysDated(AT, new Window(AT, null, null))))
                .isEqualTo("{\"start_date\":\"2025-01-02T03:04:05.678Z\"}");
    }
}
