package org.artofthepossible.toolkit.test;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.MenuEntry;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a snapshot of content. */
public final class ToolkitAssert extends AbstractAssert<ToolkitAssert, Toolkit> {
    ToolkitAssert(Toolkit actual) {
        super(actual, ToolkitAssert.class);
    }

    /**
     * Checks there is a case study with the given id.
     *
     * @param id the item id
     * @return this assertion
     */
    public ToolkitAssert hasCaseStudy(String id) {
        isNotNull();
        if (actual.item(CaseStudy.class, id, actual.info().defaultLocale()).isEmpty()) {
            failWithMessage(
                    "Expected a case study '%s', but the case studies are %s",
                    id,
                    actual.list(CaseStudy.class, actual.info().defaultLocale()).stream()
                            .map(ContentItem::id)
                            .toList());
        }
        return this;
    }

    /**
     * Checks every menu entry that opens an item opens one that is in the snapshot.
     *
     * @return this assertion
     */
    public ToolkitAssert allMenuTargetsResolve() {
        isNotNull();
        var broken = new ArrayList<String>();
        for (MenuEntry entry : actual.menu().flatten()) {
            if (entry.itemId().isPresent()
                    && actual.target(entry, actual.info().defaultLocale()).isEmpty()) {
                broken.add(
                        entry.label().resolve(actual.fallbackChain(actual.info().defaultLocale()))
                                + " -> "
                                + entry.itemId().get());
            }
        }
        if (!broken.isEmpty()) {
            failWithMessage(
                    "Expected every menu entry to open an item of the toolkit, but these do not: %s",
                    broken);
        }
        return this;
    }

    /**
     * Checks every item exists in the given locale (as a variant of its own, not by falling back).
     *
     * @param locale the locale, for example {@code cy}
     * @return this assertion
     */
    public ToolkitAssert everyItemHasLocale(Locale locale) {
        isNotNull();
        Set<String> missing = new TreeSet<>();
        for (ContentItem item : actual.items()) {
            boolean translated =
                    actual.items().stream()
                            .anyMatch(i -> i.id().equals(item.id()) && i.locale().equals(locale));
            if (!translated) {
                missing.add(item.type().plural() + "/" + item.id());
            }
        }
        if (!missing.isEmpty()) {
            failWithMessage(
                    "Expected every item in locale %s, but %d have no variant in it: %s",
                    locale.toLanguageTag(), missing.size(), missing);
        }
        return this;
    }
}
