package org.artofthepossible.toolkit.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.MenuEntry;
import org.artofthepossible.toolkit.model.ModelDocument;
import org.artofthepossible.toolkit.model.Term;
import org.artofthepossible.toolkit.model.TodaysLaw;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledToolkitTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Path CONTENT = Path.of("src/main/resources", BundledToolkit.ROOT);

    private static ToolkitEngine engine(ContentSource source) {
        return ToolkitEngine.builder().source(source).strict(true).build();
    }

    private final ToolkitEngine engine = engine(BundledToolkit.source());
    private final Toolkit toolkit = engine.toolkit();

    @Test
    void loadsWithNoErrorsAndNoWarnings() {
        assertThat(engine.diagnostics()).isEmpty();
        assertThat(toolkit.info().title().resolve(List.of(EN)))
                .isEqualTo(
                        "From Procurement to Partnership: a Practical Toolkit for Commissioners");
    }

    @Test
    void hasTheNineCaseStudiesInTheToolkitsOrderEachWithARoutePartnerAndSource() {
        List<CaseStudy> studies = toolkit.list(CaseStudy.class, EN);

        assertThat(studies)
                .extracting(ContentItem::id)
                .containsExactly(
                        "leicestershire-cip",
                        "oldham-social-prescribing",
                        "plymouth-alliance",
                        "kibble-st-mirren",
                        "hct-travel-training",
                        "west-lindsey-p3",
                        "lseeg-social-value",
                        "one-croydon-alliance",
                        "kirklees-kilt");
        assertThat(studies)
                .allSatisfy(
                        s -> {
                            assertThat(s.procurementRoutes()).isNotEmpty();
                            assertThat(s.partners()).isNotEmpty();
                            assertThat(s.metadata().sources()).isNotEmpty();
                            assertThat(s.summary()).isNotBlank();
                            assertThat(s.place()).isPresent();
                        });
    }

    @Test
    void keepsDisagreeingSourcesAndFlagsInferredFacts() {
        CaseStudy oldham =
                toolkit.item(CaseStudy.class, "oldham-social-prescribing", EN).orElseThrow();
        CaseStudy kirklees = toolkit.item(CaseStudy.class, "kirklees-kilt", EN).orElseThrow();

        assertThat(oldham.disputedFacts())
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.field()).isEqualTo("contract.value");
                            assertThat(f.claims())
                                    .extracting(c -> c.value())
                                    .containsExactly("£1.25m", "£1.1m");
                        });
        assertThat(oldham.contract().value()).isEmpty();
        assertThat(kirklees.isInferred("terms.procurement-route")).isTrue();
    }

    @Test
    void everyProcurementRouteSaysWhatItWouldBeTodayAndNoneClaimsARegimeNoSourceGives() {
        Vocabulary routes = toolkit.vocabulary(Vocabulary.PROCUREMENT_ROUTE).orElseThrow();
        TodaysLaw law = toolkit.info().law().orElseThrow();

        assertThat(routes.terms())
                .extracting(Term::id)
                .contains(
                        "innovation-partnership",
                        "light-touch-regime",
                        "competitive-procedure-with-negotiation",
                        "alliance-contract",
                        "social-impact-bond",
                        "veat-notice",
                        "prior-information-notice",
                        "grant-agreement",
                        "shareholding")
                .doesNotContain("competitive-negotiated-procedure");
        assertThat(routes.terms()).allSatisfy(t -> assertThat(t.attributes()).isEmpty());
        assertThat(routes.terms())
                .allSatisfy(t -> assertThat(law.route(t.id())).as(t.id()).isPresent());
        assertThat(law.asOf()).isEqualTo(LocalDate.of(2025, 2, 24));
        // Contract models and safeguards are said to be what they are, not procedures.
        assertThat(law.route("alliance-contract").orElseThrow().then().resolve(List.of(EN)))
                .startsWith("Not a procedure: an alliance is a contract model");
        assertThat(law.route("social-impact-bond").orElseThrow().then().resolve(List.of(EN)))
                .startsWith("Not a procedure");
        assertThat(law.route("veat-notice").orElseThrow().then().resolve(List.of(EN)))
                .contains("safeguard");
        assertThat(law.route("alliance-contract").orElseThrow().confirmed()).isFalse();
        assertThat(law.route("competitive-procedure-with-negotiation").orElseThrow().now())
                .containsExactly("competitive-flexible-procedure");
        assertThat(law.regions()).containsKey("scotland");
    }

    @Test
    void everyVocabularyTermAndListMenuEntryHasAWelshLabelButContentTitlesStayEnglish() {
        Locale cy = Locale.forLanguageTag("cy");
        for (Vocabulary vocabulary : toolkit.vocabularies()) {
            assertThat(vocabulary.label().values()).as(vocabulary.id()).containsKey(cy);
            for (Term term : vocabulary.terms()) {
                assertThat(term.label().values())
                        .as("%s/%s", vocabulary.id(), term.id())
                        .containsKey(cy);
            }
        }
        for (MenuEntry entry : toolkit.menu().flatten()) {
            // A list is the interface's own; an item's entry names content, which is in English.
            if (entry.list().isPresent()) {
                assertThat(entry.label().values()).as("menu %s", entry.list()).containsKey(cy);
            }
        }
        assertThat(toolkit.info().law().orElseThrow().summary().text().values())
                .doesNotContainKey(cy);
    }

    @Test
    void everyMenuTargetResolves() {
        for (MenuEntry entry : toolkit.menu().flatten()) {
            assertThat(entry.itemId().isEmpty() || toolkit.target(entry, EN).isPresent())
                    .as("menu entry %s", entry.label())
                    .isTrue();
        }
        assertThat(toolkit.menu().flatten())
                .extracting(e -> e.list().orElse(null))
                .contains(ItemType.CASE_STUDY, ItemType.FAQ, ItemType.MODEL_DOCUMENT);
    }

    @Test
    void documentsAreTheImperativesAsAChecklistAndPublicPapersAmongTheCaseStudiesSources() {
        List<ModelDocument> documents = toolkit.list(ModelDocument.class, EN);

        assertThat(documents)
                .extracting(ContentItem::id)
                .containsExactly(
                        "social-value-imperatives",
                        "oldham-award-report",
                        "plymouth-alliance-council-report",
                        "west-lindsey-council-report");
        assertThat(documents.get(0).checklist()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(documents.get(0).metadata().body().markdown())
                .doesNotContain(documents.get(0).summary());
        for (ModelDocument paper : documents.subList(1, documents.size())) {
            assertThat(paper.terms().in("document-status")).containsExactly("public-paper");
            assertThat(paper.kind()).isEqualTo("council-report");
            assertThat(paper.fileFormat()).isPresent();
            String location = paper.location().orElseThrow();
            CaseStudy study =
                    toolkit.item(CaseStudy.class, paper.metadata().related().get(0), EN)
                            .orElseThrow();
            assertThat(study.metadata().sources())
                    .as("the paper %s is a source of %s", location, study.id())
                    .anySatisfy(source -> assertThat(source.url()).isEqualTo(location));
            assertThat(paper.metadata().body().markdown()).startsWith("Published by ");
        }
        assertThat(toolkit.vocabulary("document-status").orElseThrow().term("candidate")).isEmpty();
    }

    @Test
    void loadsEquallyFromADirectoryAZipFileAndTheClasspath(@TempDir Path temp) throws IOException {
        Path zip = temp.resolve("toolkit.zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream zipOut = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(CONTENT)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = CONTENT.relativize(file).toString().replace('\\', '/');
                write(zipOut, name, Files.readAllBytes(file));
            }
        }

        String version = toolkit.version();
        assertThat(engine(DirectorySource.of(CONTENT)).toolkit().version()).isEqualTo(version);
        assertThat(engine(ZipSource.of(zip)).toolkit().version()).isEqualTo(version);
    }

    @Test
    void loadsFromAJarOnTheClassPathOnlyTheRootsOwnFiles(@TempDir Path temp) throws IOException {
        Path jar = temp.resolve("content.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                ZipOutputStream zipOut = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(CONTENT)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = CONTENT.relativize(file).toString().replace('\\', '/');
                write(zipOut, "e3m-content/" + name, Files.readAllBytes(file));
                // A root whose name starts with this one's: none of its files may be taken.
                write(zipOut, "e3m-content-old/" + name, "not: [content".getBytes(UTF_8));
            }
            write(zipOut, "e3m-content/.drafts/case-studies/x.md", "---\n".getBytes(UTF_8));
            write(zipOut, "e3m-content/pages/../../outside.md", "---\n".getBytes(UTF_8));
        }

        try (var loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ToolkitEngine fromJar =
                    ToolkitEngine.builder()
                            .source(ClasspathSource.of("e3m-content", loader))
                            .build();

            assertThat(fromJar.toolkit().version()).isEqualTo(toolkit.version());
            assertThat(fromJar.diagnostics())
                    .singleElement()
                    .satisfies(d -> assertThat(d.code()).isEqualTo("path-escapes-root"));
        }
    }

    private static void write(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
