package org.artofthepossible.toolkit.content.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.content.ContentDiagnosticCodes;
import org.artofthepossible.toolkit.model.Slugs;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * What an item file's name says: {@code case-studies/oldham.cy.md} is the item {@code oldham} in
 * Welsh; without a locale part, the item is in the toolkit's default locale.
 *
 * @param id the item id
 * @param locale the item's locale
 */
record ItemFileName(String id, Locale locale) {
    /** Reads the name, or reports why it cannot be an item's. */
    static Optional<ItemFileName> parse(
            String path, Locale defaultLocale, List<Diagnostic> problems) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        name = name.substring(0, name.lastIndexOf('.'));
        Locale locale = defaultLocale;
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            String tag = name.substring(dot + 1);
            locale = Locale.forLanguageTag(tag);
            if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(tag)) {
                problems.add(
                        Diagnostic.error(
                                        ContentDiagnosticCodes.INVALID_VALUE,
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
                                    ContentDiagnosticCodes.BAD_SLUG,
                                    "the file name '"
                                            + name
                                            + "' is the item id and must be a slug: lower-case"
                                            + " letters, digits and single hyphens")
                            .withLocation(SourceLocation.of(path))
                            .withItem(name)
                            .withField("id"));
            return Optional.empty();
        }
        return Optional.of(new ItemFileName(name, locale));
    }
}
