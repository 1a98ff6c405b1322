package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting again into a site rewrites only the files that come out different. */
class IncrementalExportTest {
    private static final String STUDY = "case-studies/hct-travel-training";

    @TempDir Path temp;

    @Test
    void anUnchangedSiteIsLeftExactlyAsItWas() throws IOException {
        Path content = copyOfBundled();
        Path site = temp.resolve("site");
        export(content, site);
        Map<String, FileTime> before = modified(site);
        Object folder = Files.readAttributes(site, "unix:ino").get("ino");

        Cli again = export(content, site);

        assertThat(again.out())
                .contains(
                        "(unchanged, nothing written: the content, settings and code of the last"
                                + " export)");
        assertThat(modified(site)).isEqualTo(before).hasSize(237);
        assertThat(Files.readAttributes(site, "unix:ino").get("ino")).isEqualTo(folder);
    }

    @Test
    void anEditThatChangesNoPageWritesOnlyTheManifestAndTheNextExportTrustsIt() throws IOException {
        Path content = copyOfBundled();
        Path site = temp.resolve("site");
        export(content, site);
        Map<String, FileTime> before = modified(site);
        String recorded = inputsLine(site);
        Path file = content.resolve(STUDY + ".md");
        Files.writeString(file, Files.readString(file).replaceFirst("---\n", "---\n# a note\n"));

        Cli loaded = export(content, site);
        Cli trusted = export(content, site);

        assertThat(loaded.out()).contains("(unchanged, nothing written)");
        assertThat(inputsLine(site)).startsWith("# inputs ").isNotEqualTo(recorded);
        Map<String, FileTime> after = modified(site);
        after.remove(SiteFolder.MANIFEST);
        before.remove(SiteFolder.MANIFEST);
        assertThat(after).isEqualTo(before);
        assertThat(trusted.out()).contains("(unchanged, nothing written: the content, settings");
    }

    @Test
    void aNewFileASettingOrASiteFileChangedByHandIsNeverTakenForTheLastExport() throws IOException {
        Path content = copyOfBundled();
        Path site = temp.resolve("site");
        export(content, site);
        Path added = content.resolve("faqs/added-question.md");
        Files.writeString(added, "---\ntitle: An added question?\n---\nAn answer.\n");

        Cli withFile = export(content, site);
        Cli withTheme = export(content, site, "--theme", "govuk");
        Path page = site.resolve("faqs/added-question/index.html");
        Files.writeString(page, "changed by hand");
        Cli afterHand = export(content, site, "--theme", "govuk");

        assertThat(withFile.out()).contains(" written, ");
        assertThat(site.resolve("faqs/added-question/index.html")).exists();
        assertThat(withTheme.out()).contains(" written, ");
        assertThat(afterHand.out()).contains("(1 written, ");
        assertThat(page).content().contains("An added question?");
    }

    @Test
    void contentWithWarningsIsLoadedAgainOnEveryExportAndItsWarningsPrinted() throws IOException {
        Path content = copyOfBundled();
        Path file = content.resolve(STUDY + ".md");
        Files.writeString(file, Files.readString(file).replaceFirst("---\n", "---\ncolour: red\n"));
        Path site = temp.resolve("site");

        Cli first = export(content, site);
        Cli again = export(content, site);

        assertThat(first.err()).contains("unknown field 'colour'");
        assertThat(inputsLine(site)).isEmpty();
        assertThat(again.err()).contains("unknown field 'colour'");
        assertThat(again.out()).contains("(unchanged, nothing written)");
    }

    /** The manifest's line recording what its export was made from, or empty. */
    private static String inputsLine(Path site) throws IOException {
        return Files.readAllLines(site.resolve(SiteFolder.MANIFEST)).stream()
                .filter(line -> line.startsWith("# inputs "))
                .findFirst()
                .orElse("");
    }

    @Test
    void aChangedBodyRewritesOnlyTheFilesThatShowIt() throws IOException {
        Path content = copyOfBundled();
        Path site = temp.resolve("site");
        export(content, site);
        Map<String, FileTime> before = modified(site);
        Map<String, String> bytesBefore = contents(site);
        Path file = content.resolve(STUDY + ".md");
        Files.writeString(file, Files.readString(file) + "\nOne more paragraph.\n");

        Cli again = export(content, site);

        Map<String, FileTime> after = modified(site);
        var rewritten =
                after.keySet().stream()
                        .filter(p -> !after.get(p).equals(before.get(p)))
                        .collect(Collectors.toCollection(java.util.TreeSet::new));
        var changed =
                contents(site).entrySet().stream()
                        .filter(e -> !e.getValue().equals(bytesBefore.get(e.getKey())))
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(rewritten)
                .isEqualTo(changed)
                .contains(
                        STUDY + "/index.html",
                        "api/" + STUDY + ".json",
                        "api/case-studies.json",
                        "cy/" + STUDY + "/index.html",
                        SiteFolder.MANIFEST)
                .doesNotContain(
                        "case-studies/plymouth-alliance/index.html",
                        "case-studies/index.html",
                        "index.html",
                        "cy/index.html");
        assertThat(site.resolve(STUDY + "/index.html")).content().contains("One more paragraph.");
        assertThat(again.out())
                .contains("(" + (rewritten.size() - 1) + " written, ")
                .contains((237 - rewritten.size()) + " as they were)");
    }

    @Test
    void aFileChangedInTheSiteByHandIsWrittenAgain() throws IOException {
        Path content = copyOfBundled();
        Path site = temp.resolve("site");
        export(content, site);
        Path page = site.resolve("case-studies/plymouth-alliance/index.html");
        String exported = Files.readString(page);
        Files.writeString(page, exported.replace("Plymouth", "Plymouth!"));

        Cli again = export(content, site);

        assertThat(again.out()).contains("(1 written, 235 as they were)");
        assertThat(page).content().isEqualTo(exported);
    }

    @Test
    void anotherThemeRewritesThePagesButNotTheJson() throws IOException {
        Path content = copyOfBundled();
        Path site = temp.resolve("site");
        export(content, site);
        Map<String, String> before = contents(site);

        Cli govuk = export(content, site, "--theme", "govuk");

        assertThat(govuk.out()).contains("written, ");
        assertThat(contents(site).get(STUDY + "/index.html"))
                .isNotEqualTo(before.get(STUDY + "/index.html"))
                .contains("govuk-template");
        assertThat(contents(site).get("api/" + STUDY + ".json"))
                .isEqualTo(before.get("api/" + STUDY + ".json"));
    }

    @Test
    void filesTakenOverAreLinkedIntoStagingOnlyOnceTheSiteIsToChange() throws Exception {
        Path content = copyOfBundled();
        Path site = temp.resolve("site");
        export(content, site);
        String[] home =
                Files.readAllLines(site.resolve(SiteFolder.MANIFEST)).stream()
                        .filter(line -> line.startsWith("index.html\t"))
                        .findFirst()
                        .orElseThrow()
                        .split("\t");
        SiteFolder folder =
                SiteFolder.check(site, java.util.Optional.of(content), Path.of(""), false);

        try (Staging staging = Staging.open(folder)) {
            var files = new SiteFiles(staging, folder);
            var root = new Path[1];
            staging.write(r -> root[0] = r);
            files.write("index.html", home[1], () -> "never rendered: its key is as it was");

            assertThat(files.written()).isZero();
            assertThat(folder.unchangedBy(files.entries())).as("only index.html listed").isFalse();
            try (Stream<Path> staged = Files.list(root[0])) {
                assertThat(staged.filter(p -> !p.getFileName().toString().startsWith(".")))
                        .as("nothing linked yet")
                        .isEmpty();
            }
            files.materialize();
            assertThat(root[0].resolve("index.html"))
                    .hasSameTextualContentAs(site.resolve("index.html"));
            staging.remove();
        }
    }

    private static Cli export(Path content, Path site, String... more) {
        var args = new java.util.ArrayList<String>();
        args.addAll(
                java.util.List.of("export", "--content", content.toString(), "--out", "" + site));
        args.addAll(java.util.List.of(more));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.status()).as(cli.err()).isZero();
        return cli;
    }

    private Path copyOfBundled() throws IOException {
        return BundledCopy.into(temp.resolve("content"));
    }

    private static Map<String, FileTime> modified(Path site) throws IOException {
        return eachFile(site, Files::getLastModifiedTime);
    }

    private static Map<String, String> contents(Path site) throws IOException {
        return eachFile(site, Files::readString);
    }

    /** What {@code read} says of each file of a site, by its path. */
    private static <T> Map<String, T> eachFile(Path site, FileRead<T> read) throws IOException {
        var found = new TreeMap<String, T>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                found.put(relative(site, file), read.apply(file));
            }
        }
        return found;
    }

    @FunctionalInterface
    private interface FileRead<T> {
        T apply(Path file) throws IOException;
    }

    private static String relative(Path site, Path file) {
        return site.relativize(file).toString().replace('\\', '/');
    }
}
