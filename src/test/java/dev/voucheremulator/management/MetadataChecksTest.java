package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.management.MetadataSchemaBodies.Definition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataChecksTest {

    private static Definition of(String type, boolean optional, boolean array) {
        return new Definition(type, optional, array, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    @Test
    void namesTheFirstViolationTheWayTheRealApiWordsIt() {
        Definition locations = new Definition("string", true, true, null, null, null, null, null,
                List.of("L1", "L2", "L3"), null, null, null, null, null);
        assertThat(MetadataChecks.violation(Map.of("location_id", locations), false, Map.of("location_id", "L1")))
                .isEqualTo("location_id: must be an array (actual value is 'L1')");
        assertThat(MetadataChecks.violation(Map.of("location_id", locations), false,
                Map.of("location_id", List.of("L4"))))
                .isEqualTo("location_id: must be an array, and every element: must be equal to one of L1,L2,L3 "
                        + "(actual value is 'L4')");
        assertThat(MetadataChecks.violation(Map.of("location_id", locations), false,
                Map.of("location_id", List.of("L2")))).isNull();
    }

    @Test
    void checksTypesBoundsAndUndefinedKeys() {
        Definition age = new Definition("number", true, false, null, null, null, null, null, null, null, null, null,
                null, BigDecimal.valueOf(18));
        Map<String, Definition> schema = Map.of("age", age, "since", of("date", true, false),
                "logo", of("image_url", true, false), "gone", new Definition("string", false, false, true, null,
                        null, null, null, null, null, null, null, null, null));
        assertThat(MetadataChecks.violation(schema, false, Map.of("age", 17)))
                .isEqualTo("age: must be greater than or equal to 18 (actual value is '17')");
        assertThat(MetadataChecks.violation(schema, false, Map.of("since", "2024-13-01")))
                .startsWith("since: must be a date");
        assertThat(MetadataChecks.violation(schema, false, Map.of("logo", "http.com")))
                .isEqualTo("logo: must be a URL pointing to JPG/JPEG or PNG resource (actual value is 'http.com')");
        assertThat(MetadataChecks.violation(schema, false, Map.of("age", 18, "since", "2024-01-31",
                "logo", "https://example.com/a.png", "other", true))).as("a deleted property is not required")
                .isNull();
        assertThat(MetadataChecks.violation(schema, true, Map.of("other", true)))
                .isEqualTo("other: is not defined in the metadata schema");
    }
}
