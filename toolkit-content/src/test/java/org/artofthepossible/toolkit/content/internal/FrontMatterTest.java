package org.artofthepossible.toolkit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void splitsAtTheFirstLineOfThreeHyphensAfterTheOpeningOne() {
        FrontMatter split =
                FrontMatter.split("---\ntitle: A\nsummary: B\n---\nBody\n---\nmore\n")
                        .orElseThrow();

        assertThat(split.yaml()).isEqualTo("title: A\nsummary: B\n");
        assertThat(split.body()).isEqualTo("Body\n---\nmore\n");
        assertThat(split.firstYamlLine()).isEqualTo(2);
        assertThat(split.firstBodyLine()).isEqualTo(5);
    }

    @Test
    void aFenceMayHaveWhiteSpaceAroundItAndEndWithCarriageReturns() {
        FrontMatter split = FrontMatter.split(" --- \r\ntitle: A\r\n\t---\r\nBody").orElseThrow();

        assertThat(split.yaml()).isEqualTo("title: A\r\n");
        assertThat(split.body()).isEqualTo("Body");
        assertThat(FrontMatter.split("---\ntitle: A\n---").orElseThrow().body()).isEmpty();
        assertThat(FrontMatter.opensWithFence("  ---")).isTrue();
    }

    @Test
    void otherLinesAreNotFences() {
        assertThat(FrontMatter.split("----\ntitle: A\n---\n")).isEmpty();
        assertThat(FrontMatter.split("---\ntitle: A\n--- x\n-- -\n----\n")).isEmpty();
        assertThat(FrontMatter.split("---")).isEmpty();
        assertThat(FrontMatter.split("")).isEmpty();
        assertThat(FrontMatter.opensWithFence("--- x\n---\n")).isFalse();
        assertThat(FrontMatter.opensWithFence("")).isFalse();
    }
}
