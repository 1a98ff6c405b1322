package org.artofthepossible.toolkit.content.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.content.ContentDiagnosticCodes;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.spi.ContentLoader;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.LoadedItem;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Loads one content file of any of the three formats: Markdown with YAML front matter, YAML, or
 * JSON. The folder says what the file holds ({@code case-studies/}, {@code faqs/}, {@code
 * documents/}, {@code pages/}, or {@code toolkit.*} at the root); the file name gives the item id
 * and, before the extension, an optional locale ({@code oldham.cy.md}).
 *
 * <p>Every step reports with file, line and column: decoding (strict UTF-8, a byte-order mark is
 * allowed), parsing (with limits on nesting, string length, YAML aliases and size), the JSON Schema
 * check, and the conversion into model values. Nothing a file contains can make it throw.
 */
public final class ContentFileLoader implements ContentLoader {
    /** The deepest nesting accepted; real content needs fewer than ten levels. */
    static final int MAX_NESTING = 64;

    /** The most YAML aliases accepted in a file, to stop "billion laughs" expansion. */
    static final int MAX_ALIASES = 20;

    /** The formats, by how the file is written. */
    public enum Format {
        /** Markdown with YAML front matter. */
        MARKDOWN,
        /** A YAML document. */
        YAML,
        /** A JSON document. */
        JSON
    }

    private final Format format;
    private final JsonFactory factory;

    /**
     * Creates a loader.
     *
     * @param format how files are written
     * @param maxFileBytes the file size limit, which also bounds string length and YAML code points
     */
    public ContentFileLoader(Format format, long maxFileBytes) {
        this.format = format;
        int limit = (int) Math.min(Integer.MAX_VALUE, maxFileBytes);
        StreamReadConstraints constraints =
                StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(limit)
                        .maxNumberLength(64)
                        .build();
        if (format == Format.JSON) {
            this.factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        } else {
            // Duplicate keys, aliases and nesting are refused while the tree is read (LocatedTree),
            // as exceptions of their own types; SnakeYAML's own limits sit above them, as a
            // backstop, and its code point limit above the file size limit, which comes first.
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // refused by LocatedTree, as DuplicateKey
            options.setMaxAliasesForCollections(MAX_ALIASES);
            options.setNestingDepthLimit(2 * MAX_NESTING);
            options.setCodePointLimit(limit == Integer.MAX_VALUE ? limit : limit + 1);
            this.factory =
                    YAMLFactory.builder()
                            .loaderOptions(options)
                            .streamReadConstraints(constraints)
                            .build();
        }
    }

    @Override
    public LoadedContent load(String path, byte[] content, Locale defaultLocale) {
        String text;
        try {
            text = Utf8Text.decode(content);
        } catch (Utf8Text.Malformed e) {
            return ContentFiles.error(
                    ContentDiagnosticCodes.INVALID_ENCODING,
                    "the file is not valid UTF-8; save it as UTF-8",
                    SourceLocation.of(path, e.line, e.column));
        }
        boolean descriptor = ContentFiles.isDescriptor(path);
        Optional<ItemType> type = descriptor ? Optional.empty() : typeOf(path);
        if (!descriptor && type.isEmpty()) {
            return LoadedContent.failed(
                    List.of(
                            Diagnostic.warning(
                                            ContentDiagnosticCodes.UNEXPECTED_FILE,
                                            "items belong in case-studies/, faqs/, documents/ or"
                                                    + " pages/, and toolkit.yaml at the root; this"
                                                    + " file is ignored")
                                    .withLocation(SourceLocation.of(path))));
        }

        String source = text;
        int lineOffset = 0;
        String body = "";
        int bodyLine = 0;
        if (format == Format.MARKDOWN) {
            Optional<FrontMatter> split = FrontMatter.split(text);
            if (split.isEmpty()) {
                return FrontMatter.opensWithFence(text)
                        ? ContentFiles.error(
                                ContentDiagnosticCodes.UNCLOSED_FRONT_MATTER,
                                "the front matter opened on line 1 is never closed with a line '---'",
                                SourceLocation.of(path, 1, 1))
                        : ContentFiles.error(
                                ContentDiagnosticCodes.MISSING_FRONT_MATTER,
                                "a Markdown item starts with front matter: a line '---', YAML fields,"
                                        + " and another line '---'",
                                SourceLocation.of(path, 1, 1));
            }
            source = split.get().yaml();
            lineOffset = split.get().firstYamlLine() - 1;
            body = split.get().body();
            bodyLine = split.get().firstBodyLine();
        }

        LocatedTree tree;
        try (JsonParser parser = factory.createParser(source)) {
            try {
                tree = LocatedTree.read(parser, path, lineOffset);
            } catch (IOException | RuntimeException e) {
                return parseFailure(e, parser.currentLocation(), path, lineOffset);
            }
        } catch (IOException e) {
            return parseFailure(e, null, path, lineOffset);
        }

        var diagnostics = new ArrayList<Diagnostic>();
        if (!tree.root().isObject()) {
            return ContentFiles.error(
                    ContentDiagnosticCodes.WRONG_TYPE,
                    "expected a mapping of fields, found " + SchemaCheck.describe(tree.root()),
                    tree.locationOf(""));
        }
        Optional<ItemFileName> name = Optional.empty();
        if (!descriptor) {
            name = ItemFileName.parse(path, defaultLocale, diagnostics);
            if (name.isEmpty()) {
                return LoadedContent.failed(diagnostics);
            }
            tree = CanonicalItems.accept(tree, type.get(), name.get(), diagnostics);
        }
        SchemaCheck.Shape shape = descriptor ? SchemaCheck.Shape.TOOLKIT : shapeOf(type.get());
        diagnostics.addAll(SchemaCheck.check(shape, tree));
        diagnostics.addAll(ControlCharacters.check(tree));
        diagnostics.addAll(ControlCharacters.checkBody(body, path, bodyLine));
        if (descriptor) {
            // A broken menu entry or vocabulary costs only itself: the rest of the description
            // still applies, so one typo does not take every item's terms down with it.
            tree = tree.without(errorSubtrees(diagnostics));
        }
        if (diagnostics.stream().anyMatch(d -> d.isError() && !droppable(d))) {
            return LoadedContent.failed(diagnostics);
        }
        ItemReader reader = new ItemReader(tree);
        if (descriptor) {
            LoadedContent toolkit = reader.toolkit();
            return LoadedContent.builder().add(toolkit).diagnostics(diagnostics).build();
        }
        Optional<ContentItem> item =
                reader.item(type.get(), name.get().id(), name.get().locale(), body);
        diagnostics.addAll(reader.diagnostics());
        var loaded = LoadedContent.builder().diagnostics(diagnostics);
        LocatedTree located = tree;
        var locations = new HashMap<>(located.locations());
        if (bodyLine > 0) {
            locations.putIfAbsent("body", SourceLocation.of(path, bodyLine, 1));
        }
        item.ifPresent(i -> loaded.item(new LoadedItem(i, located.locationOf(""), locations)));
        return loaded.build();
    }

    private LoadedContent parseFailure(
            Exception e, JsonLocation parserAt, String path, int lineOffset) {
        String code =
                format == Format.JSON
                        ? ContentDiagnosticCodes.MALFORMED_JSON
                        : ContentDiagnosticCodes.MALFORMED_YAML;
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        // By type, never by message: the parsers' next releases may word them otherwise.
        if (e instanceof StreamConstraintsException || e instanceof LocatedTree.LimitExceeded) {
            code = ContentDiagnosticCodes.LIMIT_EXCEEDED;
        } else if (e instanceof LocatedTree.DuplicateKey) {
            code = ContentDiagnosticCodes.DUPLICATE_KEY;
        }
        JsonLocation location = parserAt;
        if (e instanceof JsonProcessingException processing) {
            if (processing.getLocation() != null && processing.getLocation().getLineNr() > 0) {
                location = processing.getLocation();
            }
            message = processing.getOriginalMessage();
        }
        SourceLocation where =
                location != null && location.getLineNr() > 0
                        ? SourceLocation.of(
                                path,
                                location.getLineNr() + lineOffset,
                                Math.max(1, location.getColumnNr()))
                        : SourceLocation.of(path, 1 + lineOffset, 1);
        // Jackson names its own setting in limit messages; content authors need only the limit.
        message = message.replaceAll(", from `[^`]*`", "");
        return ContentFiles.error(code, firstLine(message), where);
    }

    /** Errors inside the menu or one vocabulary can be dropped with that part. */
    private static boolean droppable(Diagnostic diagnostic) {
        return diagnostic.field().map(ContentFileLoader::droppablePart).orElse("").length() > 0;
    }

    private static String droppablePart(String field) {
        if (field.equals("menu") || field.startsWith("menu.") || field.startsWith("menu[")) {
            return "menu";
        }
        if (field.startsWith("vocabularies[")) {
            return field.substring(0, field.indexOf(']') + 1);
        }
        return "";
    }

    private static List<String> errorSubtrees(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .filter(Diagnostic::isError)
                .map(d -> d.field().map(ContentFileLoader::droppablePart).orElse(""))
                .filter(part -> !part.isEmpty())
                .distinct()
                .toList();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static Optional<ItemType> typeOf(String path) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String folder = path.substring(0, slash);
        for (ItemType type : ItemType.values()) {
            if (type.plural().equals(folder)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static SchemaCheck.Shape shapeOf(ItemType type) {
        return switch (type) {
            case CASE_STUDY -> SchemaCheck.Shape.CASE_STUDY;
            case FAQ -> SchemaCheck.Shape.FAQ;
            case MODEL_DOCUMENT -> SchemaCheck.Shape.DOCUMENT;
            case PAGE -> SchemaCheck.Shape.PAGE;
        };
    }
}
