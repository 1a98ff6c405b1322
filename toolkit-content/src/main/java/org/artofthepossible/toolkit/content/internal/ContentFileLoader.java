package org.artofthepossible.toolkit.content.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Optional;
import org.artofthepossible.toolkit.spi.ContentFile;
import org.artofthepossible.toolkit.spi.ContentLoader;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;
import org.artofthepossible.toolkit.validation.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Loads one content file of any of the three formats: Markdown with YAML front matter, YAML, or
 * JSON. What the file holds (its type, id and locale) comes with it, worked out by the engine.
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
    public LoadedContent load(ContentFile file) {
        String path = file.path();
        String text;
        try {
            text = Utf8Text.decode(file.content());
        } catch (Utf8Text.Malformed e) {
            return ContentFiles.error(
                    DiagnosticCodes.INVALID_ENCODING,
                    "the file is not valid UTF-8; save it as UTF-8",
                    SourceLocation.of(path, e.line, e.column));
        }
        boolean descriptor = file.isToolkitDescription();

        String source = text;
        int lineOffset = 0;
        String body = "";
        int bodyLine = 0;
        if (format == Format.MARKDOWN) {
            Optional<FrontMatter> split = FrontMatter.split(text);
            if (split.isEmpty()) {
                return FrontMatter.opensWithFence(text)
                        ? ContentFiles.error(
                                DiagnosticCodes.UNCLOSED_FRONT_MATTER,
                                "the front matter opened on line 1 is never closed with a line '---'",
                                SourceLocation.of(path, 1, 1))
                        : ContentFiles.error(
                                DiagnosticCodes.MISSING_FRONT_MATTER,
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
                tree = LocatedTree.read(parser, path, lineOffset, bodyLine);
            } catch (IOException | RuntimeException e) {
                return parseFailure(e, parser.currentLocation(), path, lineOffset);
            }
        } catch (IOException e) {
            return parseFailure(e, null, path, lineOffset);
        }

        return ItemMapping.map(file, tree, body, bodyLine);
    }

    private LoadedContent parseFailure(
            Exception e, JsonLocation parserAt, String path, int lineOffset) {
        String code =
                format == Format.JSON
                        ? DiagnosticCodes.MALFORMED_JSON
                        : DiagnosticCodes.MALFORMED_YAML;
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        // By type, never by message: the parsers' next releases may word them otherwise.
        if (e instanceof StreamConstraintsException || e instanceof LocatedTree.LimitExceeded) {
            code = DiagnosticCodes.LIMIT_EXCEEDED;
        } else if (e instanceof LocatedTree.DuplicateKey) {
            code = DiagnosticCodes.DUPLICATE_KEY;
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

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
