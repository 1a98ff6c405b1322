package org.artofthepossible.toolkit.content;

import java.util.Objects;
import org.artofthepossible.toolkit.content.internal.ItemMapping;
import org.artofthepossible.toolkit.spi.ContentFile;
import org.artofthepossible.toolkit.spi.LoadedContent;

/**
 * Turns a file's {@linkplain LocatedValue tree of values} into items, or into the toolkit
 * description, exactly as the bundled Markdown, YAML and JSON loaders do: a loader for a new format
 * only parses, and gets the same fields, checks and diagnostics for free.
 *
 * <p>What the mapper does, in order: accepts the canonical JSON's {@code type}, {@code id} and
 * {@code locale} when they agree with the {@link ContentFile}; checks the tree against the
 * published JSON Schema ({@code toolkit-schema/content.schema.json}, fields as in {@code
 * docs/content-format.md}), warning of unknown fields; refuses control characters; converts the
 * values into model records. Every problem is a diagnostic at its value's location, with its field
 * path ({@code partners[0].kind}; see {@code docs/diagnostics.md}); an item with errors is still
 * read from its sound fields so that validation finds all its problems, and is kept out.
 *
 * <pre>{@code
 * public LoadedContent load(ContentFile file) {
 *     LocatedValue root = parseMyFormat(file);      // positions from your parser
 *     return ContentMapper.map(file, root);
 * }
 * }</pre>
 *
 * <p>Thread-safe; never throws for anything the tree holds.
 */
public final class ContentMapper {
    private ContentMapper() {}

    /**
     * Maps a file that holds only fields.
     *
     * @param file the file the tree was read from
     * @param root the file's values; a {@link LocatedValue.Mapping} of fields
     * @return the item or description, with every problem found
     */
    public static LoadedContent map(ContentFile file, LocatedValue root) {
        return ItemMapping.map(
                Objects.requireNonNull(file, "file"), Objects.requireNonNull(root, "root"), "", 0);
    }

    /**
     * Maps a file of fields and a Markdown body, as a Markdown file's front matter and text.
     *
     * @param file the file the tree was read from
     * @param fields the fields; a {@link LocatedValue.Mapping}
     * @param body the Markdown body
     * @param bodyLine the 1-based file line the body starts on, for diagnostics in it
     * @return the item, with every problem found
     */
    public static LoadedContent map(
            ContentFile file, LocatedValue fields, String body, int bodyLine) {
        if (bodyLine < 1) {
            throw new IllegalArgumentException("bodyLine is 1-based: " + bodyLine);
        }
        return ItemMapping.map(
                Objects.requireNonNull(file, "file"),
                Objects.requireNonNull(fields, "fields"),
                Objects.requireNonNull(body, "body"),
                bodyLine);
    }
}
