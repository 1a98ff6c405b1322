package org.artofthepossible.toolkit.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Slugs;
import org.artofthepossible.toolkit.spi.ContentFile;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * Works out what a file holds from its path, as {@link ContentFile} documents, for every loader.
 */
public final class ContentPaths {
    private ContentPaths() {}

    /**
     * Reads a path, or reports why no item can live there.
     *
     * @param path the path relative to the content root, with {@code /} separators
     * @param content the file's bytes
     * @param defaultLocale the locale of items whose names give none
     * @param problems where to report
     * @return the file, or empty when the path holds no item
     */
    public static Optional<ContentFile> classify(
            String path, byte[] content, Locale defaultLocale, List<Diagnostic> problems) {
        if (ContentFile.isToolkitDescription(path)) {
            return Optional.of(ContentFile.toolkitDescription(path, defaultLocale, content));
        }
        Optional<ItemType> type = typeOf(path);
        if (type.isEmpty()) {
            problems.add(
                    Diagnostic.warning(
                                    DiagnosticCodes.UNEXPECTED_FILE,
                                    "items belong in case-studies/, faqs/, documents/ or pages/,"
                                            + " and toolkit.yaml at the root; this file is ignored")
                            .withLocation(SourceLocation.of(path)));
            return Optional.empty();
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int extension = name.lastIndexOf('.');
        name = extension < 0 ? name : name.substring(0, extension);
        Locale locale = defaultLocale;
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            String tag = name.substring(dot + 1);
            locale = Locale.forLanguageTag(tag);
            if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(tag)) {
                problems.add(
                        Diagnostic.error(
                                        DiagnosticCodes.INVALID_VALUE,
                                        "'"
                                                + tag
                                                + "' in the file name is not a language tag; name"
                                                + " locale variants like oldham.cy.md")
                                .withLocation(SourceLocation.of(path))
                                .withField("locale"));
                return Optional.empty();
            }
            name = name.substring(0, dot);
        }
        if (!Slugs.isSlug(name)) {
            problems.add(
                    Diagnostic.error(
                                    DiagnosticCodes.BAD_SLUG,
                                    "the file name '"
                                            + name
                                            + "' is the item id and must be a slug: lower-case"
                                            + " letters, digits and single hyphens")
                            .withLocation(SourceLocation.of(path))
                            .withItem(name)
                            .withField("id"));
            return Optional.empty();
        }
        return Optional.of(ContentFile.item(path, type.get(), name, locale, content));
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
}
