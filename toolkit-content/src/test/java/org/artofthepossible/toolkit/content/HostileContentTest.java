package org.artofthepossible.toolkit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content written to break the loader costs only itself, with a diagnostic at its place. */
class HostileContentTest {
    private static final String TOOLKIT = "title: T\npublisher: P\ndefaultLocale: en\n";

    @TempDir Path temp;

    private static ToolkitEngine load(ContentSource source) {
        return ToolkitEngine.builder().source(source).build();
    }

    private Path content(String... pathsAndTexts) throws IOException {
        Path root = temp.resolve("content");
        write(root.resolve("toolkit.yaml"), TOOLKIT);
        write(root.resolve("pages/good.md"), "---\ntitle: Good\n---\nFine.\n");
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            write(root.resolve(pathsAndTexts[i]), pathsAndTexts[i + 1]);
        }
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> diagnostics(ToolkitEngine engine) {
        return engine.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void nulAndOtherControlsInATitleKeepTheItemOutAtTheField() throws IOException {
        ToolkitEngine engine =
                load(
                        DirectorySource.of(
                                content(
                                        "pages/yaml-escape.md",
                                        "---\ntitle: \"Bad\\0title\"\n---\n",
                                        "pages/json-escape.json",
                                        "{\n  \"title\": \"Bell\\u0007\"\n}\n",
                                        "pages/c1.md",
                                        "---\ntitle: ok\nsummary: \"x\\u009b2J\"\n---\n")));

        assertThat(diagnostics(engine))
                .containsExactly(
                        "pages/c1.md:3:10: error control-character: holds the control character"
                                + " U+009B, which text may not contain; remove it (item c1, field summary)",
                        "pages/json-escape.json:2:12: error control-character: holds the control"
                                + " character U+0007, which text may not contain; remove it (field"
                                + " title)",
                        "pages/yaml-escape.md:2:8: error control-character: holds the control"
                                + " character U+0000, which text may not contain; remove it (field"
                                + " title)");
        assertThat(engine.toolkit().items()).hasSize(1);
    }

    @Test
    void controlsInNestedValuesAndNamesAreReportedAtTheirFields() throws IOException {
        ToolkitEngine engine =
                load(
                        DirectorySource.of(
                                content(
                                        "case-studies/nested.md",
                                        String.join(
                                                "\n",
                                                "---",
                                                "title: Nested",
                                                "summary: A study.",
                                                "partners:",
                                                "  - name: Fine",
                                                "  - name: \"Bell\\a\"",
                                                "outcomes:",
                                                "  - text: \"Escape \\e[2J\"",
                                                "\"th\\u0001eme\": x",
                                                "---",
                                                ""))));

        assertThat(engine.diagnostics())
                .filteredOn(d -> d.code().equals("control-character"))
                .extracting(d -> d.field().orElseThrow() + " " + d.location().orElseThrow().line())
                .containsExactlyInAnyOrder(
                        "partners[1].name 6", "outcomes[0].text 8", "th\u0001eme 9");
    }

    @Test
    void controlsInTheBodyAreReportedAtTheirLineAndColumn() throws IOException {
        ToolkitEngine engine =
                load(
                        DirectorySource.of(
                                content(
                                        "pages/escape.md",
                                        "---\ntitle: T\n---\nFirst line.\nSecond \u001b[2J line.\n")));

        assertThat(diagnostics(engine))
                .containsExactly(
                        "pages/escape.md:5:8: error control-character: holds the control character"
                                + " U+001B, which text may not contain; remove it (item escape, field body)");
    }

    @Test
    void anItemReadDespiteAnErrorInAHugeListCostsLinearTime() throws IOException {
        // The wrong first element is removed so the rest can be checked: the locations of the
        // 100,000 elements after it move up in one pass, not one pass each.
        var related = new StringBuilder("[1");
        for (int i = 0; i < 100_000; i++) {
            related.append(", a").append(i);
        }
        related.append(']');
        Path root = content("pages/huge.md", "---\ntitle: Huge\nrelated: " + related + "\n---\n");

        ToolkitEngine engine =
                assertTimeoutPreemptively(
                        Duration.ofSeconds(30), () -> load(DirectorySource.of(root)));

        assertThat(engine.diagnostics())
                .filteredOn(d -> d.code().equals("wrong-type"))
                .singleElement()
                .satisfies(d -> assertThat(d.field()).hasValue("related[0]"));
        assertThat(engine.diagnostics())
                .filteredOn(d -> d.code().equals("dangling-reference"))
                .hasSize(100_000);
        assertThat(engine.toolkit().item("good", Locale.ENGLISH)).isPresent();
    }

    @Test
    void tabsAndLineEndsAreText() throws IOException {
        ToolkitEngine engine =
                load(
                        DirectorySource.of(
                                content("pages/tabs.md", "---\ntitle: T\n---\na\tb\r\nc\n")));

        assertThat(engine.diagnostics()).isEmpty();
        assertThat(engine.toolkit().items()).hasSize(2);
    }

    @Test
    void aCitationOfAnUnknownSourceInADisputedFactIsReportedAtItsOwnLine() throws IOException {
        ToolkitEngine engine =
                load(
                        DirectorySource.of(
                                content(
                                        "case-studies/study.md",
                                        String.join(
                                                "\n",
                                                "---",
                                                "title: Study",
                                                "summary: A study.",
                                                "contract: {startYear: 2019, cites: {startYear: [fine]}}",
                                                "disputed:",
                                                "  - field: contract.value",
                                                "    claims:",
                                                "      - value: one",
                                                "        cites:",
                                                "          - fine",
                                                "          - gone",
                                                "      - value: two",
                                                "        cites: [fine]",
                                                "sources:",
                                                "  - {id: fine, label: Fine, url: https://example.org/}",
                                                "---",
                                                ""))));

        assertThat(engine.diagnostics())
                .singleElement()
                .hasToString(
                        "case-studies/study.md:11:13: error unknown-source: 'gone' is not the id of"
                                + " a source of this item; its sources are fine (item study, field"
                                + " disputed[0].claims[0].cites[1])");
    }

    @Test
    void aLoaderThatFailsToBeCreatedCostsOnlyItsFilesWithADiagnosticEach() throws IOException {
        var fragile =
                new org.artofthepossible.toolkit.spi.ContentLoaderProvider() {
                    @Override
                    public String format() {
                        return "fragile";
                    }

                    @Override
                    public java.util.Set<String> extensions() {
                        return java.util.Set.of("frag");
                    }

                    @Override
                    public org.artofthepossible.toolkit.spi.ContentLoader create(
                            org.artofthepossible.toolkit.spi.LoaderContext context) {
                        throw new IllegalStateException("no parser");
                    }
                };
        Path root = content("pages/a.frag", "a", "pages/b.frag", "b");

        ToolkitEngine engine =
                ToolkitEngine.builder().source(DirectorySource.of(root)).loader(fragile).build();

        assertThat(engine.diagnostics())
                .hasSize(2)
                .allSatisfy(
                        d -> {
                            assertThat(d.code()).isEqualTo("loader-failed");
                            assertThat(d.message())
                                    .contains(
                                            "failed in create(): java.lang.IllegalStateException: no parser");
                        });
        assertThat(engine.plugins().problems()).hasSize(1);
        assertThat(engine.toolkit().item("good", Locale.ENGLISH)).isPresent();
    }

    @Test
    void filesAreReadOnTheEnginesExecutor() throws IOException {
        Path root = content("pages/second.md", "---\ntitle: Second\n---\n");
        var tasks = new java.util.concurrent.atomic.AtomicInteger();

        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(DirectorySource.of(root))
                        .executor(
                                task -> {
                                    tasks.incrementAndGet();
                                    task.run();
                                })
                        .build();

        assertThat(tasks).hasValue(2);
        assertThat(engine.toolkit().items()).hasSize(2);
    }

    @Test
    void aZipWithTooManyEntriesLoadsNothingAndSaysWhy() throws IOException {
        Path zip = temp.resolve("many.zip");
        try (var out = zip(zip)) {
            entry(out, "toolkit.yaml", TOOLKIT.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 20; i++) {
                entry(out, "pages/p" + i + ".md", ("---\ntitle: P" + i + "\n---\n").getBytes());
            }
        }

        ToolkitEngine engine = load(ZipSource.of(zip).withLimits(10, 1 << 20));

        assertThat(diagnostics(engine))
                .anySatisfy(
                        d ->
                                assertThat(d)
                                        .contains(
                                                "error zip-too-large: holds 21 entries, more than"
                                                        + " the limit of 10; nothing in it is"
                                                        + " loaded"));
        assertThat(engine.toolkit().items()).isEmpty();
    }

    @Test
    void aZipBombOfManyLargeEntriesIsBoundedByTheTotalSize() throws IOException {
        Path zip = temp.resolve("bomb.zip");
        byte[] mebibyte = ("---\ntitle: Big\n---\n" + "a".repeat(1 << 20)).getBytes();
        try (var out = zip(zip)) {
            entry(out, "toolkit.yaml", TOOLKIT.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 300; i++) {
                entry(out, String.format(Locale.ROOT, "pages/p%04d.md", i), mebibyte);
            }
        }
        assertThat(Files.size(zip)).isLessThan(1L << 20);

        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(ZipSource.of(zip).withLimits(10_000, 8L << 20))
                        .maxFileBytes(2 << 20)
                        .build();

        assertThat(engine.toolkit().items()).hasSize(7);
        assertThat(diagnostics(engine))
                .containsExactly(
                        "pages/p0007.md: error zip-too-large: the zip's files add up to more than"
                                + " 8388608 uncompressed bytes; this file and the 292 after it are"
                                + " skipped");
    }

    @Test
    void byDefaultAZipReadsAtMostTenThousandEntriesAnd256MiB() throws IOException {
        Path many = temp.resolve("many.zip");
        try (var out = zip(many)) {
            for (int i = 0; i <= ZipSource.DEFAULT_MAX_ENTRIES; i++) {
                entry(out, "pages/p" + i + ".md", new byte[0]);
            }
        }
        Path large = temp.resolve("large.zip");
        byte[] almostMebibyte = ("---\ntitle: Big\n---\n" + "a".repeat(1_000_000)).getBytes();
        try (var out = zip(large)) {
            entry(out, "toolkit.yaml", TOOLKIT.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 300; i++) {
                entry(out, String.format(Locale.ROOT, "pages/p%04d.md", i), almostMebibyte);
            }
        }

        assertThat(diagnostics(load(ZipSource.of(many))))
                .anySatisfy(
                        d ->
                                assertThat(d)
                                        .contains(
                                                "holds 10001 entries, more than the limit of 10000"));
        ToolkitEngine engine = load(ZipSource.of(large));
        assertThat(engine.toolkit().items().size())
                .isEqualTo((int) ((256L << 20) / almostMebibyte.length));
        assertThat(diagnostics(engine))
                .singleElement()
                .asString()
                .contains("error zip-too-large: the zip's files add up to more than 268435456");
    }

    @Test
    void zipLimitsMustBePositive() {
        ZipSource zip = ZipSource.of(temp.resolve("x.zip"));

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> zip.withLimits(0, 1))
                .withMessage("zip limits must be positive, not 0 and 1");
    }

    private static ZipOutputStream zip(Path zip) throws IOException {
        OutputStream out = Files.newOutputStream(zip);
        return new ZipOutputStream(out);
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
