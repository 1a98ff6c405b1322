package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export never deletes a file it did not write, unless forced, and never half a site. */
class SafeExportTest {
    @TempDir Path temp;

    @Test
    void aFolderWithUnrelatedFilesIsRefusedAndLeftAsItWas() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("notes.txt"), "precious");

        Cli cli = Cli.run("export", "--out", site.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err())
                .contains("is not empty and is not a site this tool exported: notes.txt")
                .contains("--force");
        assertThat(site.resolve("notes.txt")).hasContent("precious");
        assertThat(site.resolve("index.html")).doesNotExist();
        assertThat(besideTemp()).containsExactly(site);
    }

    @Test
    void forceReplacesAFolderWithUnrelatedFiles() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("notes.txt"), "mine");

        assertThat(Cli.run("export", "--out", site.toString(), "--force").status()).isZero();

        assertThat(site.resolve("notes.txt")).doesNotExist();
        assertThat(site.resolve("index.html")).exists();
    }

    @Test
    void aFileAddedToAnEarlierExportIsNotDeletedByTheNextOne() throws IOException {
        Path site = temp.resolve("site");
        assertThat(Cli.run("export", "--out", site.toString()).status()).isZero();
        Files.writeString(site.resolve("case-studies/notes.txt"), "added by hand");

        Cli again = Cli.run("export", "--out", site.toString());

        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err())
                .contains("holds files that its last export did not write: case-studies/notes.txt");
        assertThat(site.resolve("case-studies/notes.txt")).hasContent("added by hand");
    }

    @Test
    void anEmptyFolderIsWritten() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));

        assertThat(Cli.run("export", "--out", site.toString()).status()).isZero();

        assertThat(site.resolve("index.html")).exists();
        assertThat(Files.readAllLines(site.resolve(SiteFolder.MANIFEST)))
                .map(line -> line.split("\t")[0])
                .contains("index.html", "case-studies/plymouth-alliance/index.html");
    }

    @Test
    void theCurrentFolderAndItsAncestorsAreRefusedEvenWithForce() {
        Path here = Path.of("").toAbsolutePath();
        for (String out : List.of(".", "..", here.toString())) {
            Cli cli = Cli.run("export", "--out", out, "--force");

            assertThat(cli.status()).as(out).isEqualTo(2);
            assertThat(cli.err())
                    .as(out)
                    .containsPattern("is the current folder|holds the current folder");
        }
        assertThat(here.resolve("pom.xml")).exists();
    }

    @Test
    void theContentFolderItsAncestorsAndFoldersInsideItAreRefused() throws IOException {
        Path content = minimalContent(temp.resolve("work/content"));
        List<Path> outs = List.of(content, temp.resolve("work"), content.resolve("site"));

        for (Path out : outs) {
            Cli cli =
                    Cli.run(
                            "export",
                            "--content",
                            content.toString(),
                            "--out",
                            out.toString(),
                            "--force");

            assertThat(cli.status()).as(out.toString()).isEqualTo(2);
            assertThat(cli.err()).as(out.toString()).contains("content");
        }
        assertThat(content.resolve("toolkit.yaml")).exists();
        assertThat(content.resolve("site")).doesNotExist();
    }

    @Test
    void anExistingFileIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("site"), "a file");

        Cli cli = Cli.run("export", "--out", file.toString(), "--force");

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("is a file, not a folder");
        assertThat(file).hasContent("a file");
    }

    @Test
    void contentWithErrorsLeavesTheExistingSiteExactlyAsItWas() throws IOException {
        Path content = minimalContent(temp.resolve("content"));
        Path site = temp.resolve("site");
        assertThat(export(content, site).status()).isZero();
        List<String> before = files(site);
        Files.writeString(content.resolve("pages/bad.md"), "---\ntitle: Bad\norder: first\n---\n");

        Cli failed = export(content, site);

        assertThat(failed.status()).isEqualTo(1);
        assertThat(failed.err())
                .contains("The export was not written: the content has 1 error(s).")
                .contains("is left as it was")
                .contains("--keep-going");
        assertThat(files(site)).isEqualTo(before);
        assertThat(besideTemp()).containsExactlyInAnyOrder(content, site);
    }

    @Test
    void aBrokenToolkitDescriptionWritesNothing() throws IOException {
        Path content = minimalContent(temp.resolve("content"));
        Path site = temp.resolve("site");
        assertThat(export(content, site).status()).isZero();
        List<String> before = files(site);
        Files.writeString(content.resolve("toolkit.yaml"), "title: [unclosed\n");

        assertThat(export(content, site).status()).isEqualTo(1);

        assertThat(files(site)).isEqualTo(before);
    }

    @Test
    void keepGoingWritesTheSiteWithoutTheItemsInError() throws IOException {
        Path content = minimalContent(temp.resolve("content"));
        Files.writeString(content.resolve("pages/bad.md"), "---\ntitle: Bad\norder: first\n---\n");
        Path site = temp.resolve("site");

        Cli cli =
                Cli.run(
                        "export",
                        "--content",
                        content.toString(),
                        "--out",
                        site.toString(),
                        "--keep-going");

        assertThat(cli.status()).isEqualTo(1);
        assertThat(site.resolve("pages/good/index.html")).exists();
        assertThat(site.resolve("pages/bad/index.html")).doesNotExist();
    }

    @Test
    void stagingFoldersOfKilledExportsAreRemovedByTheNextExport() throws IOException {
        Path site = temp.resolve("site");
        Path stale = Files.createDirectories(temp.resolve(".site.export-123"));
        Files.writeString(stale.resolve("index.html"), "half a site");
        Files.writeString(stale.resolve(SiteFolder.STAGING_MARKER), deadProcessId());
        Path notOurs = Files.createDirectories(temp.resolve(".site.export-mine"));
        Files.writeString(notOurs.resolve("draft.html"), "someone else's");
        Path killedWhileMarking = Files.createDirectories(temp.resolve(".site.export-456"));
        Files.writeString(killedWhileMarking.resolve(SiteFolder.STAGING_MARKER), "");
        Path staleManifest = temp.resolve(".site.manifest-" + deadProcessId() + "-42");
        Files.writeString(staleManifest, "half a manifest");
        Path notAManifest = temp.resolve(".site.manifest-notes");
        Files.writeString(notAManifest, "someone else's");

        Cli cli = Cli.run("export", "--out", site.toString());

        assertThat(cli.status()).isZero();
        assertThat(cli.err()).contains("Removed 2 staging folder(s)");
        assertThat(stale).doesNotExist();
        assertThat(killedWhileMarking).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(staleManifest).doesNotExist();
        assertThat(notAManifest).exists();
    }

    private static String deadProcessId() throws IOException {
        Process done = new ProcessBuilder("true").start();
        try {
            done.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Long.toString(done.pid());
    }

    private static Cli export(Path content, Path site) {
        return Cli.run("export", "--content", content.toString(), "--out", site.toString());
    }

    private static Path minimalContent(Path root) throws IOException {
        Files.createDirectories(root.resolve("pages"));
        Files.writeString(
                root.resolve("toolkit.yaml"),
                "title: T\npublisher: P\ndefaultLocale: en\n",
                StandardCharsets.UTF_8);
        Files.writeString(root.resolve("pages/good.md"), "---\ntitle: Good\n---\nText.\n");
        return root;
    }

    private List<Path> besideTemp() throws IOException {
        try (Stream<Path> beside = Files.list(temp)) {
            return beside.toList();
        }
    }

    private static List<String> files(Path site) throws IOException {
        try (Stream<Path> all = Files.walk(site)) {
            return all.filter(Files::isRegularFile)
                    .map(p -> site.relativize(p) + ":" + size(p))
                    .sorted()
                    .toList();
        }
    }

    private static String size(Path file) {
        try {
            return Files.readString(file).hashCode() + "@" + Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
