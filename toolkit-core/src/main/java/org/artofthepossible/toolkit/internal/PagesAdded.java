package org.artofthepossible.toolkit.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;

/**
 * A resolver that adds a search page and a question form to another's links; a value, so two made
 * alike are equal as cache keys.
 *
 * @param links the resolver whose links it keeps
 * @param searchHref the search page's URL
 * @param questionsHref the question form's URL
 */
public record PagesAdded(
        LinkResolver links, Optional<String> searchHref, Optional<String> questionsHref)
        implements LinkResolver {
    /** Checks the parts. */
    public PagesAdded {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(searchHref, "searchHref");
        Objects.requireNonNull(questionsHref, "questionsHref");
        // Wrapping a wrapper would only add a layer to every link.
        if (links instanceof PagesAdded inner) {
            links = inner.links();
        }
    }

    @Override
    public String href(ContentItem item) {
        return links.href(item);
    }

    @Override
    public String listHref(ItemType type) {
        return links.listHref(type);
    }

    @Override
    public String listHref(ItemType type, TermFilter filter, Locale locale) {
        return links.listHref(type, filter, locale);
    }

    @Override
    public String homeHref() {
        return links.homeHref();
    }

    @Override
    public String menuHref() {
        return links.menuHref();
    }

    @Override
    public String accessibilityHref() {
        return links.accessibilityHref();
    }

    @Override
    public String assetHref(String name) {
        return links.assetHref(name);
    }
}
