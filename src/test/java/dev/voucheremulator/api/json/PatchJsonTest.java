package dev.voucheremulator.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** A partial update tells an absent property from an explicit null, with the application's own mapper. */
@JsonTest
@Import(JsonConfiguration.class)
class PatchJsonTest {

    @Autowired
    JsonMapper json;

    record Body(Patch<String> description, Patch<Instant> expirationDate, Patch<Map<String, Object>> metadata) {
    }

    @Test
    void tellsAbsentFromNullFromAValue() {
        Body body = json.readValue("""
                {"description": null, "expiration_date": "2030-01-01T00:00:00.000Z"}""", Body.class);

        assertThat(body.description().isPresent()).isTrue();
        assertThat(body.description().orElse("kept")).isNull();
        assertThat(body.expirationDate().value()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(body.metadata().isPresent()).isFalse();
        assertThat(body.metadata().orElse(Map.of("kept", true))).containsEntry("kept", true);
    }

    @Test
    void keepsTheValueTypesStrictness() {
        var e = catchThrowableOfType(DatabindException.class,
                () -> json.readValue("{\"description\": 5}", Body.class));
        assertThat(e).isNotNull();
    }

    @Test
    void writesWhatWasSentAndLeavesOutWhatWasNot() {
        Body body = new Body(Patch.of(null), Patch.absent(), Patch.of(Map.of("a", 1)));

        assertThat(json.writeValueAsString(body)).isEqualTo("{\"description\":null,\"metadata\":{\"a\":1}}");
    }
}
