package org.artofthepossible.toolkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for every way content enters the library. {@code ./mvnw verify} replays each
 * target's seeds (and any crash found since) from {@code
 * src/test/resources/.../ContentFuzzTestInputs/}; {@code toolkit-fuzz/run} fuzzes each target for a
 * bounded time.
 */
class ContentFuzzTest {
    static {
        FuzzedContent.warmUp();
    }

    /** A Markdown item: front matter, fences, body. */
    @FuzzTest(maxDuration = "45s")
    void markdownItem(byte[] file) {
        FuzzedContent.with("case-studies/fuzz.md", file).loadAndRenderEverything();
    }

    /** A YAML item file. */
    @FuzzTest(maxDuration = "45s")
    void yamlItem(byte[] file) {
        FuzzedContent.with("faqs/fuzz.yaml", file).loadAndRenderEverything();
    }

    /** A JSON item file. */
    @FuzzTest(maxDuration = "45s")
    void jsonItem(byte[] file) {
        FuzzedContent.with("documents/fuzz.json", file).loadAndRenderEverything();
    }

    /** Markdown bodies through the html renderer, behind a front matter that always loads. */
    @FuzzTest(maxDuration = "45s")
    void markdownBody(String body) {
        byte[] file = ("---\ntitle: Fuzz\n---\n" + body).getBytes(StandardCharsets.UTF_8);
        FuzzedContent.with("pages/fuzz.md", file).loadAndRenderEverything();
    }

    /** The whole pipeline: a fuzzed toolkit description with a fuzzed item of each format. */
    @FuzzTest(maxDuration = "45s")
    void wholePipeline(FuzzedDataProvider data) {
        FuzzedContent.with("toolkit.yaml", data.consumeBytes(4096))
                .and("pages/a.md", data.consumeBytes(4096))
                .and("case-studies/b.yaml", data.consumeBytes(4096))
                .and("faqs/c.json", data.consumeRemainingAsBytes())
                .loadAndRenderEverything();
    }
}
