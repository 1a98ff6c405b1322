package org.artofthepossible.toolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Page;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.spi.ContentFile;
import org.artofthepossible.toolkit.spi.ContentLoader;
import org.artofthepossible.toolkit.spi.ContentLoaderProvider;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.LoadedItem;
import org.artofthepossible.toolkit.spi.LoaderContext;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectorySourceTest {
    @TempDir Path root;

    /**
     * Reads {@code toolkit.txt} as the toolkit's title and any other {@code .txt} file as a page
     * whose id is the file name and whose title is the text; text "boom" makes it throw.
     */
    static final class TextLoader implements ContentLoaderProvider {
        @Override
        public String format() {
            return "text";
        }

        @Override
        public Set<String> extensions() {
            return Set.of("txt");
        }

        @Override
        public ContentLoader create(LoaderContext context) {
            return new ContentLoader() {
                @Override
                public LoadedContent load(ContentFile file) {
                    String path = file.path();
                    String text = new String(file.content(), StandardCharsets.UTF_8).strip();
                    if (text.equals("boom")) {
                        throw new IllegalStateException("boom");
                    }
                    if (file.isToolkitDescription()) {
                        return LoadedContent.builder()
                                .info(ToolkitInfo.of(text, "P", Locale.ENGLISH))
                                .build();
                    }
                    String id = file.id();
                    return LoadedContent.builder()
                            .item(
                                    LoadedItem.of(
                                            Page.of(ItemMetadata.builder(id, text).build()),
                                            SourceLocation.of(path, 1, 1)))
                            .build();
                }
            };
        }
    }

    private ToolkitEngine engine() {
        return ToolkitEngine.builder()
                .source(DirectorySource.of(root))
                .loader(new TextLoader())
                .discoverPlugins(false)
                .maxFileBytes(100)
                .build();
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void loadsEveryFileInPathOrderWithPathsRelativeToTheRoot() throws IOException {
        write("toolkit.txt", "My toolkit");
        write("pages/b.txt", "Bee");
        write("pages/a.txt", "Ay");
        write("pages/nested/c.txt", "Sea");

        ToolkitEngine engine = engine();

        assertThat(engine.diagnostics()).isEmpty();
        assertThat(engine.toolkit().info().publisher()).isEqualTo("P");
        assertThat(engine.toolkit().list(ItemType.PAGE, Locale.ENGLISH))
                .extracting(ContentItem::title)
                .containsExactly("Ay", "Bee", "Sea");
    }

    /**
     * The description's default locale reaches the items of another source, whether that source is
     * read after the description or before it (and then read again).
     */
    @ParameterizedTest(name = "description first: {0}")
    @ValueSource(booleans = {true, false})
    void theDescriptionsDefaultLocaleAppliesToTheItemsOfEverySource(
            boolean descriptionFirst, @TempDir Path other) throws IOException {
        write("toolkit.yaml", "title: Pecyn\npublisher: P\ndefaultLocale: cy\nlocales: [cy, en]\n");
        write("pages/croeso.md", "---\ntitle: Croeso\n---\n");
        Files.createDirectories(other.resolve("pages"));
        Files.writeString(other.resolve("pages/amdani.md"), "---\ntitle: Amdani\n---\n");
        DirectorySource described = DirectorySource.of(root);
        DirectorySource undescribed = DirectorySource.of(other);

        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(descriptionFirst ? described : undescribed)
                        .source(descriptionFirst ? undescribed : described)
                        .build();

        assertThat(engine.diagnostics()).isEmpty();
        assertThat(engine.toolkit().list(ItemType.PAGE, Locale.forLanguageTag("cy")))
                .extracting(ContentItem::id)
                .containsExactly("amdani", "croeso");
    }

    @Test
    void reportsEachBadFileWithItsPathAndStillLoadsTheOthers() throws IOException {
        write("toolkit.txt", "My toolkit");
        write("pages/good.txt", "Good");
        write("pages/big.txt", "x".repeat(101));
        write("pages/explodes.txt", "boom");
        write("pages/notes.doc", "?");
        write(".git/config.txt", "ignored");

        ToolkitEngine engine = engine();

        assertThat(engine.diagnostics())
                .extracting(Object::toString)
                .containsExactly(
                        "pages/big.txt: error file-too-large: is larger than the limit of 100 bytes; it is ignored",
                        "pages/explodes.txt: error loader-failed: the loader "
                                + "org.artofthepossible.toolkit.content.DirectorySourceTest$TextLoader$1 failed:"
                                + " java.lang.IllegalStateException: boom",
                        "pages/notes.doc: warning no-loader: no loader takes this kind of file (loaders take [txt]); it is ignored");
        assertThat(engine.toolkit().list(ItemType.PAGE, Locale.ENGLISH))
                .extracting(ContentItem::id)
                .containsExactly("good");
    }

    @Test
    void refusesALinkThatLeadsOutsideTheRoot(@TempDir Path outside) throws IOException {
        write("toolkit.txt", "My toolkit");
        Path secret = outside.resolve("secret.txt");
        Files.writeString(secret, "Secret");
        Files.createDirectories(root.resolve("pages"));
        Files.createSymbolicLink(root.resolve("pages/secret.txt"), secret);

        ToolkitEngine engine = engine();

        assertThat(engine.diagnostics())
                .extracting(
                        Diagnostic::code, d -> d.location().map(SourceLocation::source).orElse(""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "path-escapes-root", "pages/secret.txt"));
        assertThat(engine.toolkit().items()).isEmpty();
    }

    @Test
    void aMissingRootIsOneClearError() {
        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(DirectorySource.of(root.resolve("nope")))
                        .discoverPlugins(false)
                        .build();

        assertThat(engine.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("unreadable-file", "missing-toolkit-info");
        assertThat(engine.diagnostics().get(0).message())
                .isEqualTo("the content root is not a directory");
    }

    @Test
    void aReloadSeesEditsAndABrokenEditKeepsTheLastGoodContent() throws IOException {
        write("toolkit.txt", "My toolkit");
        write("pages/a.txt", "Ay");
        ToolkitEngine engine = engine();

        write("pages/b.txt", "Bee");
        assertThat(engine.reload().applied()).isTrue();
        write("pages/b.txt", "boom");
        var broken = engine.reload();

        assertThat(broken.applied()).isFalse();
        assertThat(broken.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("loader-failed");
        assertThat(engine.toolkit().list(ItemType.PAGE, Locale.ENGLISH))
                .extracting(ContentItem::title)
                .containsExactly("Ay", "Bee");
        assertThat(List.of(engine.toolkit().version())).doesNotContainNull();
    }
}
