package org.artofthepossible.toolkit.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * One file as the engine hands it to a {@link ContentLoader}: its path, what its folder and name
 * say it holds, and its bytes. The engine works these out the same way for every format, so a
 * loader only parses:
 *
 * <ul>
 *   <li>{@code toolkit.EXT} at the content root is the toolkit description (title, publisher,
 *       locales, vocabularies, menu);
 *   <li>any other file is an item: its folder gives the type ({@code case-studies/}, {@code faqs/},
 *       {@code documents/}, {@code pages/}), its name before the extension the id, and an optional
 *       last dotted part the locale ({@code case-studies/oldham.cy.md} is the Welsh {@code
 *       oldham}); without one the item is in the toolkit's default locale.
 * </ul>
 */
public final class ContentFile {
    private final String path;
    private final Optional<ItemType> itemType;
    private final String id;
    private final Locale locale;
    private final byte[] content;

    private ContentFile(
            String path, Optional<ItemType> itemType, String id, Locale locale, byte[] content) {
        this.path = Objects.requireNonNull(path, "path");
        this.itemType = itemType;
        this.id = Objects.requireNonNull(id, "id");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.content = Objects.requireNonNull(content, "content");
    }

    /**
     * An item file, for sources that work out types themselves and for tests of loaders.
     *
     * @param path the path relative to the content root, with {@code /} separators
     * @param type the item type
     * @param id the item id, a slug
     * @param locale the item's locale
     * @param content the bytes; kept, not copied
     * @return the file
     */
    public static ContentFile item(
            String path, ItemType type, String id, Locale locale, byte[] content) {
        return new ContentFile(path, Optional.of(type), id, locale, content);
    }

    /**
     * The toolkit description file.
     *
     * @param path the path relative to the content root, for example {@code toolkit.yaml}
     * @param locale the default locale in force before the description is read
     * @param content the bytes; kept, not copied
     * @return the file
     */
    public static ContentFile toolkitDescription(String path, Locale locale, byte[] content) {
        return new ContentFile(path, Optional.empty(), "toolkit", locale, content);
    }

    /**
     * Tells whether a path names the toolkit description: {@code toolkit.EXT} at the content root.
     *
     * @param path a path relative to the content root, with {@code /} separators
     * @return true for {@code toolkit.yaml}, {@code toolkit.json} and the like
     */
    public static boolean isToolkitDescription(String path) {
        return path.startsWith("toolkit.")
                && path.indexOf('.', "toolkit.".length()) < 0
                && path.indexOf('/') < 0
                && path.length() > "toolkit.".length();
    }

    /**
     * Returns the path, as diagnostics name the file.
     *
     * @return the path relative to the content root, with {@code /} separators
     */
    public String path() {
        return path;
    }

    /**
     * Returns the type of the item the file holds.
     *
     * @return the type, or empty for the toolkit description
     */
    public Optional<ItemType> itemType() {
        return itemType;
    }

    /**
     * Tells whether this is the toolkit description.
     *
     * @return true for {@code toolkit.EXT} at the root
     */
    public boolean isToolkitDescription() {
        return itemType.isEmpty();
    }

    /**
     * Returns the id of the item the file holds.
     *
     * @return the id, a slug; {@code toolkit} for the description
     */
    public String id() {
        return id;
    }

    /**
     * Returns the locale of the item the file holds: the one its name gives, or else the toolkit's
     * default locale.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the file's bytes, which are not to be modified.
     *
     * @return the bytes, not copied
     */
    public byte[] content() {
        return content;
    }

    /**
     * Returns the file as a place in diagnostics.
     *
     * @return the location of the whole file
     */
    public SourceLocation location() {
        return SourceLocation.of(path);
    }

    /**
     * Returns a place in the file, for diagnostics.
     *
     * @param line the 1-based line
     * @param column the 1-based column
     * @return the location
     */
    public SourceLocation location(int line, int column) {
        return SourceLocation.of(path, line, column);
    }

    @Override
    public String toString() {
        return path;
    }
}
