package org.artofthepossible.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.spi.FieldLocations;
import org.artofthepossible.toolkit.spi.LoadedItem;
import org.artofthepossible.toolkit.validation.SourceLocation;
import org.junit.jupiter.api.Test;

class FieldLocationsTest {

    @Test
    void aTableIsTheMapItWasMadeFromOrderedByPath() {
        var random = new Random(19);
        var expected = new HashMap<String, SourceLocation>();
        var builder = FieldLocations.builder();
        for (int i = 0; i < 500; i++) {
            // Paths repeat, so that some are put again with a new location.
            String path = "partners[" + random.nextInt(200) + "].name";
            var location = SourceLocation.of("case-studies/a.md", 1 + i, 1 + random.nextInt(80));
            builder.put(path, location);
            expected.put(path, location);
        }
        FieldLocations table = builder.build();

        assertThat(table).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(List.copyOf(table.keySet()))
                .isEqualTo(List.copyOf(new TreeMap<>(expected).keySet()));
        assertThat(table.get("partners[3]")).isNull();
        assertThat(table.get(7)).isNull();
        assertThat(table.containsKey("partners[3]")).isFalse();
        assertThatThrownBy(() -> table.put("title", SourceLocation.of("a.md")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theLastLocationPutForAPathIsKept() {
        FieldLocations table =
                FieldLocations.builder()
                        .put("body", "a.md", 9, 1)
                        .putAll(Map.of("title", SourceLocation.of("a.md", 2, 8)))
                        .put("body", "a.md", 4, 7)
                        .build();

        assertThat(table)
                .containsExactly(
                        Map.entry("body", SourceLocation.of("a.md", 4, 7)),
                        Map.entry("title", SourceLocation.of("a.md", 2, 8)));
        assertThat(FieldLocations.builder().putAll(table).build()).isEqualTo(table);
        assertThat(FieldLocations.copyOf(table)).isSameAs(table);
        assertThat(FieldLocations.builder().build()).isEmpty();
    }

    @Test
    void aLocationSourceLocationRefusesIsRefused() {
        assertThatThrownBy(() -> FieldLocations.builder().put("title", "a.md", 0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1-based");
        assertThatThrownBy(() -> FieldLocations.builder().put("title", "a.md", -1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLoadedItemKeepsItsLocationsAsATable() {
        CaseStudy study = Fixtures.study("a", "A", 1, "alliance");
        var locations = new HashMap<String, SourceLocation>();
        locations.put("title", SourceLocation.of("a.md", 2, 8));
        locations.put("partners[0]", SourceLocation.of("a.md", 5, 3));
        var loaded = new LoadedItem(study, SourceLocation.of("a.md", 1, 1), locations);

        assertThat(loaded.fieldLocations()).isInstanceOf(FieldLocations.class).isEqualTo(locations);
        assertThat(loaded.locationOf("partners[0].kind"))
                .isEqualTo(SourceLocation.of("a.md", 5, 3));
        assertThat(loaded.locationOf("summary")).isEqualTo(SourceLocation.of("a.md", 1, 1));
    }
}
