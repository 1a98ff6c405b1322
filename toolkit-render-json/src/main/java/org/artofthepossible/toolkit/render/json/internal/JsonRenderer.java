package org.artofthepossible.toolkit.render.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.MenuEntry;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.spi.Renderer;

/**
 * Renders every view as canonical JSON with Jackson's streaming generator: an item view is the item
 * itself; lists, the menu and the home page are objects described in {@code docs/json.md}.
 */
public final class JsonRenderer implements Renderer {
    private static final JsonFactory JSON = new JsonFactory();

    private final boolean pretty;

    public JsonRenderer(boolean pretty) {
        this.pretty = pretty;
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public Set<View.Kind> supportedViews() {
        // A question form, its confirmation, the not-found page and the accessibility statement are
        // pages for a visitor, with nothing to exchange.
        return EnumSet.complementOf(
                EnumSet.of(
                        View.Kind.QUESTION_FORM,
                        View.Kind.QUESTION_RECEIVED,
                        View.Kind.NOT_FOUND,
                        View.Kind.ACCESSIBILITY));
    }

    @Override
    public String render(View view, Toolkit toolkit, RenderOptions options) {
        return JsonText.write(
                JSON,
                generator -> {
                    if (pretty) {
                        generator.useDefaultPrettyPrinter();
                    }
                    write(new JacksonSink(generator), view, toolkit, options);
                });
    }

    private static void write(JsonSink out, View view, Toolkit toolkit, RenderOptions options) {
        CanonicalJson canonical = new CanonicalJson(Optional.of(toolkit), options.locale());
        if (view instanceof View.ItemView itemView) {
            ContentItem item = toolkit.requireItem(itemView.id(), options.locale());
            canonical.item(item, out);
        } else if (view instanceof View.ListView list) {
            list(out, canonical, toolkit, list.type(), list.filter(), options);
        } else if (view instanceof View.SearchView search) {
            search(out, canonical, search.results(), options);
        } else if (view instanceof View.MenuView) {
            out.startObject();
            CanonicalJson.text(out, "type", "menu");
            CanonicalJson.text(out, "locale", options.locale().toLanguageTag());
            menu(out, toolkit, toolkit.menu().entries(), options);
            out.endObject();
        } else {
            home(out, toolkit, options);
        }
    }

    private static void list(
            JsonSink out,
            CanonicalJson canonical,
            Toolkit toolkit,
            ItemType type,
            TermFilter filter,
            RenderOptions options) {
        List<ContentItem> items = toolkit.list(type, filter, options.locale());
        out.startObject();
        CanonicalJson.text(out, "type", "list");
        CanonicalJson.text(out, "itemType", type.id());
        CanonicalJson.text(out, "locale", options.locale().toLanguageTag());
        filter(out, filter);
        out.name("count");
        out.number(items.size());
        facets(out, toolkit.facets(type, filter, options.locale()));
        out.name("items");
        out.startArray();
        items.forEach(item -> canonical.item(item, out));
        out.endArray();
        out.endObject();
    }

    private static void filter(JsonSink out, TermFilter filter) {
        if (filter.terms().isEmpty()) {
            return;
        }
        out.name("filter");
        out.startObject();
        CanonicalJson.text(
                out, "match", filter.match().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        out.name("terms");
        out.startArray();
        for (TermRef ref : filter.terms()) {
            out.string(ref.toString());
        }
        out.endArray();
        out.endObject();
    }

    private static void facets(JsonSink out, Map<String, Map<String, Integer>> facets) {
        out.name("facets");
        out.startObject();
        for (Map.Entry<String, Map<String, Integer>> vocabulary : facets.entrySet()) {
            if (vocabulary.getValue().values().stream().allMatch(c -> c == 0)) {
                continue;
            }
            out.name(vocabulary.getKey());
            out.startObject();
            vocabulary
                    .getValue()
                    .forEach(
                            (term, count) -> {
                                if (count > 0) {
                                    out.name(term);
                                    out.number(count);
                                }
                            });
            out.endObject();
        }
        out.endObject();
    }

    /**
     * Search results: the query, counts and facets as a list has them, and each hit's item in the
     * canonical shape with its {@code href} and its snippet as plain-text pieces.
     */
    private static void search(
            JsonSink out, CanonicalJson canonical, SearchResults results, RenderOptions options) {
        out.startObject();
        CanonicalJson.text(out, "type", "search");
        CanonicalJson.text(out, "query", results.query());
        CanonicalJson.text(out, "locale", results.locale().toLanguageTag());
        filter(out, results.filter());
        out.name("total");
        out.number(results.total());
        out.name("page");
        out.number(results.page());
        out.name("pages");
        out.number(results.pages());
        out.name("pageSize");
        out.number(results.pageSize());
        out.name("suggestions");
        out.startArray();
        results.suggestions().forEach(out::string);
        out.endArray();
        facets(out, results.facets());
        out.name("hits");
        out.startArray();
        for (SearchResults.Hit hit : results.hits()) {
            out.startObject();
            CanonicalJson.text(out, "href", options.links().href(hit.item()));
            out.name("snippet");
            out.startArray();
            for (SearchResults.Fragment fragment : hit.snippet()) {
                out.startObject();
                CanonicalJson.text(out, "text", fragment.text());
                out.name("match");
                out.bool(fragment.match());
                out.endObject();
            }
            out.endArray();
            out.name("item");
            canonical.item(hit.item(), out);
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }

    private static void menu(
            JsonSink out, Toolkit toolkit, List<MenuEntry> entries, RenderOptions options) {
        out.name("entries");
        out.startArray();
        for (MenuEntry entry : entries) {
            out.startObject();
            CanonicalJson.text(
                    out, "label", entry.label().resolve(toolkit.fallbackChain(options.locale())));
            entry.itemId().ifPresent(id -> CanonicalJson.text(out, "item", id));
            entry.list().ifPresent(type -> CanonicalJson.text(out, "list", type.plural()));
            entry.url().ifPresent(url -> CanonicalJson.text(out, "url", url));
            Optional<String> href =
                    entry.url()
                            .or(() -> entry.list().map(options.links()::listHref))
                            .or(
                                    () ->
                                            toolkit.target(entry, options.locale())
                                                    .map(options.links()::href));
            href.ifPresent(h -> CanonicalJson.text(out, "href", h));
            if (!entry.children().isEmpty()) {
                menu(out, toolkit, entry.children(), options);
            }
            out.endObject();
        }
        out.endArray();
    }

    private static void home(JsonSink out, Toolkit toolkit, RenderOptions options) {
        out.startObject();
        CanonicalJson.text(out, "type", "home");
        CanonicalJson.text(out, "locale", options.locale().toLanguageTag());
        CanonicalJson.text(
                out,
                "title",
                toolkit.info().title().resolve(toolkit.fallbackChain(options.locale())));
        CanonicalJson.text(out, "publisher", toolkit.info().publisher());
        CanonicalJson.text(out, "version", toolkit.version());
        menu(out, toolkit, toolkit.menu().entries(), options);
        out.name("caseStudies");
        out.startArray();
        for (ContentItem study : toolkit.list(ItemType.CASE_STUDY, options.locale())) {
            out.startObject();
            CanonicalJson.text(out, "id", study.id());
            CanonicalJson.text(out, "title", study.title());
            CanonicalJson.text(out, "summary", study.summary());
            CanonicalJson.text(out, "href", options.links().href(study));
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }
}
