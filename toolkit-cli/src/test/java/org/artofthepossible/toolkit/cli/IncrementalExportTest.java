package org.artofthepossible.toolkit.cli;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
                        .collect(Collectors.toCollection(TreeSet::new));
        var changed =
                contents(site).entrySet().stream()
                        .filter(e -> !e.getValue().equals(bytesBefore.get(e.getKey())))
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toCollection(TreeSet::new));
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
    void aSiteIsUpdatedWhereItIsAndFilesTakenOverAreNeitherRenderedNorStaged() throws Exception {
        Path content = copyOfBundled();
        Path site = temp.resolve("site");
        export(content, site);
        String[] home =
                Files.readAllLines(site.resolve(SiteFolder.MANIFEST)).stream()
                        .filter(line -> line.startsWith("index.html\t"))
                        .findFirst()
                        .orElseThrow()
                        .split("\t");
        SiteFolder folder = SiteFolder.check(site, Optional.of(content), Path.of(""), false);

        try (Staging staging = Staging.open(folder)) {
            var files = new SiteFiles(staging, folder);
            var root = new Path[1];
            staging.write(r -> root[0] = r);
            files.write("index.html", home[1], () -> "never rendered: its key is as it was");

            assertThat(folder.updatable()).isTrue();
            assertThat(files.written()).isZero();
            try (Stream<Path> staged = Files.list(root[0])) {
                assertThat(staged.filter(p -> !p.getFileName().toString().startsWith(".")))
                        .as("nothing staged")
                        .isEmpty();
            }
            String faqs = Files.readString(site.resolve("faqs/index.html"));
            files.write("faqs/index.html", "another key", () -> "a page that changed");
            assertThat(files.written()).isOne();
            assertThat(root[0].resolve("faqs/index.html")).hasContent("a page that changed");
            assertThat(site.resolve("faqs/index.html"))
                    .as("the site changes only when it is updated")
                    .hasContent(faqs);
            staging.remove();
        }
        Object folderInode = inode(site);
        Object studyInode = inode(site.resolve("case-studies/plymouth-alliance/index.html"));
        Path file = content.resolve(STUDY + ".md");
        Files.writeString(file, Files.readString(file) + "\nOne more paragraph.\n");

        export(content, site);

        assertThat(inode(site)).isEqualTo(folderInode);
        assertThat(inode(site.resolve("case-studies/plymouth-alliance/index.html")))
                .isEqualTo(studyInode);
        try (Stream<Path> beside = Files.list(temp)) {
            assertThat(beside.map(p -> p.getFileName().toString()))
                    .as("no staging folder or manifest left beside the site")
                    .containsExactlyInAnyOrder("content", "site");
        }
    }

    @Test
    void aRemovedItemTakesItsFilesAndTheFoldersTheyLeaveEmptyWithIt() throws IOException {
        Path content = copyOfBundled();
        Path site = temp.resolve("site");
        export(content, site);
        Files.delete(content.resolve(STUDY + ".md"));

        Cli again = export(content, site);

        assertThat(site.resolve(STUDY)).doesNotExist();
        assertThat(site.resolve("cy/" + STUDY)).doesNotExist();
        assertThat(site.resolve("api/" + STUDY + ".json")).doesNotExist();
        assertThat(again.out()).contains(" written, ");
        assertThat(listedFiles(site)).isEqualTo(modified(site).keySet());
        try (Stream<Path> folders = Files.walk(site)) {
            assertThat(folders.filter(Files::isDirectory).filter(IncrementalExportTest::isEmpty))
                    .as("empty folders")
                    .isEmpty();
        }
    }

    @Test
    void anExportKilledWhileUpdatingASiteIsCompletedByTheNext() throws IOException {
        Path content = copyOfBundled();
        Path site = temp.resolve("site");
        export(content, site);
        Path file = content.resolve(STUDY + ".md");
        Files.writeString(file, Files.readString(file) + "\nOne more paragraph.\n");
        Path expected = temp.resolve("expected");
        export(content, expected);
        // What an update killed midway leaves: the manifest listing old and new files, those
        // being written as unknown; one of them moved in, one not yet; a file of the old site
        // that the new one has not, not yet removed.
        Path moved = site.resolve(STUDY + "/index.html");
        Files.copy(expected.resolve(STUDY + "/index.html"), moved, REPLACE_EXISTING);
        Path gone = site.resolve("case-studies/gone/index.html");
        Files.createDirectories(gone.getParent());
        Files.writeString(gone, "a page of the old site");
        var manifest = new ArrayList<String>();
        for (String line : Files.readAllLines(site.resolve(SiteFolder.MANIFEST))) {
            if (line.startsWith("# inputs ")) {
                continue;
            }
            boolean written =
                    line.startsWith(STUDY + "/index.html\t")
                            || line.startsWith("api/" + STUDY + ".json\t");
            manifest.add(written ? line.substring(0, line.indexOf('\t')) + "\t\t-1\t-1" : line);
        }
        manifest.add("case-studies/gone/index.html\t\t-1\t-1");
        Files.write(site.resolve(SiteFolder.MANIFEST), manifest);

        Cli again = export(content, site);

        assertThat(again.out()).contains(" written, ");
        Map<String, String> completed = contents(site);
        Map<String, String> fresh = contents(expected);
        completed.remove(SiteFolder.MANIFEST);
        fresh.remove(SiteFolder.MANIFEST);
        assertThat(completed).isEqualTo(fresh);
        assertThat(site.resolve("case-studies/gone")).doesNotExist();
        assertThat(export(content, site).out()).contains("(unchanged, nothing written: the");
    }

    @Test
    void anUpdateThatFailsMidwayLeavesAManifestListingOldAndNewFiles() throws Exception {
        Path content = copyOfBundled();
        Path site = temp.resolve("site");
        export(content, site);
        SiteFolder folder = SiteFolder.check(site, Optional.of(content), Path.of(""), false);
        var files = new HashMap<String, SiteFolder.Entry>();
        files.put("index.html", new SiteFolder.Entry("key", 3, 0));
        files.put("new/index.html", new SiteFolder.Entry("key", 3, 0));
        Path staging = folder.stage();
        Files.createDirectories(staging.resolve("new"));
        Files.writeString(staging.resolve("new/index.html"), "new");
        // index.html is said to be written but is not in the staging folder: its move fails.
        var written = new LinkedHashSet<>(List.of("new/index.html", "index.html"));

        assertThatThrownBy(() -> folder.update(staging, written, files, Optional.of("d")))
                .isInstanceOf(NoSuchFileException.class);

        List<String> manifest = Files.readAllLines(site.resolve(SiteFolder.MANIFEST));
        assertThat(manifest).noneMatch(line -> line.startsWith("# inputs "));
        assertThat(manifest)
                .contains("index.html\t\t-1\t-1", "new/index.html\t\t-1\t-1")
                .anyMatch(line -> line.startsWith("case-studies/index.html\t"));
        assertThat(site.resolve("new/index.html")).hasContent("new");
        SiteFolder.deleteTree(staging);
        assertThat(export(content, site).out()).contains(" written, ");
        assertThat(site.resolve("new")).doesNotExist();
    }

    @Test
    void aManifestThatListsFilesOutsideTheSiteRemovesNoneOfThem() throws IOException {
        Path content = copyOfBundled();
        Path site = temp.resolve("site");
        export(content, site);
        Path outside = temp.resolve("outside.txt");
        Files.writeString(outside, "a file of the user's");
        var manifest = new ArrayList<>(Files.readAllLines(site.resolve(SiteFolder.MANIFEST)));
        manifest.add("../outside.txt\t\t-1\t-1");
        manifest.add(temp.toAbsolutePath().resolve("outside.txt") + "\t\t-1\t-1");
        Files.write(site.resolve(SiteFolder.MANIFEST), manifest);
        Path file = content.resolve(STUDY + ".md");
        Files.writeString(file, Files.readString(file) + "\nOne more paragraph.\n");

        Cli again = export(content, site);

        assertThat(again.out()).contains(" written, ");
        assertThat(outside).hasContent("a file of the user's");
        assertThat(Files.readString(site.resolve(SiteFolder.MANIFEST))).doesNotContain("outside");
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, "unix:ino").get("ino");
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> inside = Files.list(folder)) {
            return inside.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files a site's manifest lists, and the manifest. */
    private static Set<String> listedFiles(Path site) throws IOException {
        var listed = new TreeSet<String>();
        listed.add(SiteFolder.MANIFEST);
        for (String line : Files.readAllLines(site.resolve(SiteFolder.MANIFEST))) {
            if (!line.startsWith("#")) {
                listed.add(line.substring(0, line.indexOf('\t')));
            }
        }
        return listed;
    }

    private static Cli export(Path content, Path site, String... more) {
        var args = new ArrayList<String>();
        args.addAll(List.of("export", "--content", content.toString(), "--out", "" + site));
        args.addAll(List.of(more));
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
