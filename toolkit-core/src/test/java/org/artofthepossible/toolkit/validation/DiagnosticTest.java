package org.artofthepossible.toolkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiagnosticTest {
    @Test
    void printsInTheFormEditorsLinkTo() {
        Diagnostic d =
                Diagnostic.error("unknown-term", "term 'x' is not in vocabulary 'theme'")
                        .withLocation(SourceLocation.of("case-studies/oldham.md", 7, 3))
                        .withItem("oldham")
                        .withField("terms.theme");

        assertThat(d)
                .hasToString(
                        "case-studies/oldham.md:7:3: error unknown-term: term 'x' is not in vocabulary 'theme'"
                                + " (item oldham, field terms.theme)");
        assertThat(Diagnostic.warning("c", "m")).hasToString("warning c: m");
        assertThat(Diagnostic.warning("c", "m").withField("menu"))
                .hasToString("warning c: m (field menu)");
        assertThat(SourceLocation.of("a.md")).hasToString("a.md");
        assertThat(SourceLocation.of("a.md", 4, 0)).hasToString("a.md:4");
    }

    @Test
    void rejectsImpossibleLocations() {
        assertThatThrownBy(() -> SourceLocation.of("a", 0, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceLocation.of("a", -1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
