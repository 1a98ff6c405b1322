package org.artofthepossible.toolkit.render.html.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.ModelDocument;
import org.artofthepossible.toolkit.model.Term;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.Vocabulary;

/**
 * Lists: the case-study index, the FAQ page (questions as disclosure widgets that work without
 * JavaScript), the documents library grouped by kind, and pages; with facet counts.
 */
final class ListMarkup {
    // Opening tags of constant attributes, written once per theme (see Markup.Tag).
    private static final Markup.Tag NO_MATCH = new Markup.Tag("p", "class", "toolkit-no-match");
    private static final Markup.Tag ENTRIES = new Markup.Tag("ul", "class", "toolkit-entries");
    private static final Markup.Tag ENTRY = new Markup.Tag("li", "class", "toolkit-entry");
    private static final Markup.Tag QUESTION =
            new Markup.Tag("details", "class", "toolkit-question");
    static final Markup.Tag QUESTION_SUMMARY =
            new Markup.Tag("summary", "class", "toolkit-question-summary");
    static final Markup.Tag ANSWER = new Markup.Tag("div", "class", "toolkit-answer");

    private ListMarkup() {}

    static String heading(PageContext page, ItemType type) {
        return page.labels.get("list." + type.id());
    }

    /**
     * The heading of a list narrowed by a filter: the list's, then the terms, so that each term's
     * page has a title of its own ("Case studies: Affordable housing").
     */
    static String heading(PageContext page, ItemType type, TermFilter filter) {
        if (filter.terms().isEmpty()) {
            return heading(page, type);
        }
        return page.labels.format(
                "list.filtered",
                heading(page, type),
                String.join(
                        ", ",
                        filter.terms().stream()
                                .map(t -> page.termLabel(t.vocabulary(), t.term()))
                                .toList()));
    }

    static void write(Markup html, PageContext page, ItemType type, TermFilter filter) {
        List<ContentItem> items = page.toolkit.list(type, filter, page.locale());
        html.open("section", "class", "toolkit-list toolkit-list-" + type.id()).nl();
        html.element("h1", heading(page, type, filter)).nl();
        facets(html, page, type, filter);
        html.element("p", page.labels.format("count", items.size()), "class", "toolkit-count").nl();
        if (items.isEmpty() && !filter.terms().isEmpty()) {
            html.open(NO_MATCH)
                    .text(page.labels.get("noMatch") + " ")
                    .link(
                            page.links.listHref(type, TermFilter.none(), page.locale()),
                            page.labels.get("allItems"))
                    .close("p")
                    .nl();
        }
        switch (type) {
            case FAQ -> {
                grouped(html, page, items, item -> ((Faq) item).category(), false);
                QuestionMarkup.askBox(html, page);
            }
            case MODEL_DOCUMENT ->
                    grouped(
                            html,
                            page,
                            items,
                            item ->
                                    Optional.of(
                                            TermRef.of(
                                                    Vocabulary.DOCUMENT_KIND,
                                                    ((ModelDocument) item).kind())),
                            true);
            default -> entries(html, page, items);
        }
        html.close("section").nl();
    }

    private static void entries(Markup html, PageContext page, List<ContentItem> items) {
        html.open(ENTRIES).nl();
        for (ContentItem item : items) {
            entry(html, page, item);
        }
        html.close("ul").nl();
    }

    private static void entry(Markup html, PageContext page, ContentItem item) {
        String lang = page.lang(item);
        html.open(ENTRY).nl();
        html.element("h2", item.title(), "lang", lang).nl();
        if (!item.summary().isBlank()) {
            html.element("p", item.summary(), "lang", lang).nl();
        }
        // The link's accessible name repeats the title, so a list of links read out of context
        // never says "Full case study" nine times over.
        html.open("p")
                .openLink(page.links.href(item))
                .then(() -> page.labelled(html, "linkText." + item.type().id(), item.title(), lang))
                .close("a")
                .close("p")
                .nl();
        html.close("li").nl();
    }

    private static void question(Markup html, PageContext page, ContentItem item) {
        String lang = page.lang(item);
        html.open(QUESTION).nl();
        html.open(QUESTION_SUMMARY)
                .element("span", item.title(), "class", "toolkit-question-text", "lang", lang)
                .close("summary")
                .nl();
        html.open(ANSWER).nl();
        if (lang == null) {
            html.trusted(page.markdown(item.metadata().body().markdown()));
        } else {
            html.open("div", "lang", lang)
                    .trusted(page.markdown(item.metadata().body().markdown()))
                    .close("div")
                    .nl();
        }
        html.open("p")
                .openLink(page.links.href(item))
                .then(() -> page.labelled(html, "linkText.faq", item.title(), lang))
                .close("a")
                .close("p")
                .nl();
        html.close("div").nl();
        html.close("details").nl();
    }

    private interface Grouping {
        Optional<TermRef> groupOf(ContentItem item);
    }

    /**
     * Groups items under the terms of one vocabulary, in the vocabulary's order; ungrouped last.
     * Entries are list items with a link, or (for questions) disclosure widgets.
     */
    private static void grouped(
            Markup html,
            PageContext page,
            List<ContentItem> items,
            Grouping grouping,
            boolean entries) {
        Map<String, List<ContentItem>> groups = new LinkedHashMap<>();
        String vocabulary = null;
        for (ContentItem item : items) {
            Optional<TermRef> group = grouping.groupOf(item);
            if (group.isPresent()) {
                vocabulary = group.get().vocabulary();
            }
            groups.computeIfAbsent(group.map(TermRef::term).orElse(""), k -> new ArrayList<>())
                    .add(item);
        }
        var order = new ArrayList<String>();
        if (vocabulary != null) {
            page.toolkit
                    .vocabulary(vocabulary)
                    .ifPresent(v -> v.terms().forEach(t -> order.add(t.id())));
        }
        groups.keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
        for (String key : order) {
            List<ContentItem> group = groups.get(key);
            if (group == null) {
                continue;
            }
            if (!key.isEmpty()) {
                String headingVocabulary = vocabulary;
                html.open("h2")
                        .then(() -> page.term(html, headingVocabulary, key))
                        .close("h2")
                        .nl();
            }
            if (entries) {
                html.open(ENTRIES).nl();
                group.forEach(item -> entry(html, page, item));
                html.close("ul").nl();
            } else {
                group.forEach(item -> question(html, page, item));
            }
        }
    }

    /** Counts per term of the items listed, as links that filter the list. */
    private static void facets(Markup html, PageContext page, ItemType type, TermFilter filter) {
        facets(
                html,
                page,
                page.toolkit.facets(type, TermFilter.none(), page.locale()),
                filter,
                filter.terms().isEmpty()
                        ? Optional.empty()
                        : Optional.of(page.links.listHref(type, TermFilter.none(), page.locale())),
                ref -> page.links.listHref(type, TermFilter.allOf(ref), page.locale()));
    }

    /**
     * Counts per term, as links that narrow to the term; the terms of the filter in force are
     * marked current instead, and document kinds (the documents library's own grouping) and terms
     * without items are left out.
     *
     * @param facets per vocabulary, per term, the count
     * @param filter the filter in force
     * @param all a link back to everything, shown first, or empty
     * @param narrowTo the link that narrows to one term
     */
    static void facets(
            Markup html,
            PageContext page,
            Map<String, Map<String, Integer>> facets,
            TermFilter filter,
            Optional<String> all,
            Function<TermRef, String> narrowTo) {
        var shown = new ArrayList<String>();
        facets.forEach(
                (vocabulary, counts) -> {
                    if (counts.values().stream().anyMatch(c -> c > 0)
                            && !vocabulary.equals(Vocabulary.DOCUMENT_KIND)) {
                        shown.add(vocabulary);
                    }
                });
        if (shown.isEmpty()) {
            return;
        }
        html.open("nav", "class", "toolkit-facets", "aria-label", page.labels.get("filters")).nl();
        all.ifPresent(
                href -> html.open("p").link(href, page.labels.get("allItems")).close("p").nl());
        for (String vocabulary : shown) {
            html.element("h2", page.vocabularyLabel(vocabulary)).nl();
            html.open("ul").nl();
            for (Term term : page.toolkit.vocabulary(vocabulary).orElseThrow().terms()) {
                int count = facets.get(vocabulary).getOrDefault(term.id(), 0);
                if (count == 0) {
                    continue;
                }
                TermRef ref = TermRef.of(vocabulary, term.id());
                String label = term.label().resolve(page.chain) + " (" + count + ")";
                String lang = page.lang(term.label());
                html.open("li");
                if (filter.terms().contains(ref)) {
                    html.element("span", label, "aria-current", "true", "lang", lang);
                } else {
                    html.link(narrowTo.apply(ref), label, "lang", lang);
                }
                html.close("li").nl();
            }
            html.close("ul").nl();
        }
        html.close("nav").nl();
    }
}
