package org.artofthepossible.toolkit.render.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.MenuEntry;
import org.artofthepossible.toolkit.model.ModelDocument;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.Source;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.Renderer;

/**
 * schema.org JSON-LD for every view: {@code Article} for a case study, {@code FAQPage} for
 * questions, {@code DigitalDocument} for model documents, {@code WebPage} for pages, {@code
 * ItemList} for lists and the menu, {@code WebSite} for the home page, with a {@code
 * BreadcrumbList} beside every item. Safe to place inside {@code <script
 * type="application/ld+json">}.
 */
public final class JsonLdRenderer implements Renderer {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory SCRIPT_SAFE =
            new JsonFactory().setCharacterEscapes(new ScriptSafeEscapes());

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public Set<View.Kind> supportedViews() {
        // A page of search results, a question form, its confirmation, the not-found page or the
        // accessibility statement describes no item, list or publisher of its own.
        return EnumSet.complementOf(
                EnumSet.of(
                        View.Kind.SEARCH,
                        View.Kind.QUESTION_FORM,
                        View.Kind.QUESTION_RECEIVED,
                        View.Kind.NOT_FOUND,
                        View.Kind.ACCESSIBILITY));
    }

    @Override
    public String render(View view, Toolkit toolkit, RenderOptions options) {
        var page = new Page(toolkit, options);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("@context", "https://schema.org");
        if (view instanceof View.ItemView itemView) {
            ContentItem item = toolkit.requireItem(itemView.id(), options.locale());
            ArrayNode graph = root.putArray("@graph");
            graph.add(page.item(item));
            graph.add(page.breadcrumbs(item));
        } else if (view instanceof View.ListView list) {
            root.setAll(
                    list.type() == ItemType.FAQ
                            ? page.faqPage(
                                    toolkit.list(ItemType.FAQ, list.filter(), options.locale()))
                            : page.itemList(
                                    toolkit.list(list.type(), list.filter(), options.locale())));
        } else if (view instanceof View.MenuView) {
            root.setAll(page.menu(toolkit.menu().entries()));
        } else {
            root.put("@type", "WebSite");
            root.put("name", page.title());
            root.put("inLanguage", options.locale().toLanguageTag());
            page.homeUrl().ifPresent(url -> root.put("url", url));
            root.set("publisher", page.publisher());
            root.set("hasPart", page.itemList(toolkit.list(ItemType.CASE_STUDY, options.locale())));
        }
        return write(root);
    }

    private static String write(ObjectNode root) {
        var text = new StringWriter(2048);
        try (JsonGenerator generator = SCRIPT_SAFE.createGenerator(text)) {
            MAPPER.writeTree(generator, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** One render: the snapshot, the options and the reader's locale chain. */
    private static final class Page {
        private final Toolkit toolkit;
        private final RenderOptions options;
        private final List<Locale> chain;

        Page(Toolkit toolkit, RenderOptions options) {
            this.toolkit = toolkit;
            this.options = options;
            this.chain = toolkit.fallbackChain(options.locale());
        }

        String title() {
            return toolkit.info().title().resolve(chain);
        }

        /**
         * A URL as structured data needs it, absolute: the link resolver's link made absolute
         * against the base URL, or, for a link relative to the page (as a static site opened from
         * disk has), the clean path the site is served at; a link that is absolute already is kept.
         * Otherwise empty without a base URL, since a URL that cannot be absolute is left out
         * rather than guessed.
         */
        Optional<String> url(String href, String cleanPath) {
            return href.contains("://") ? Optional.of(href) : options.absolute(href, cleanPath);
        }

        Optional<String> url(ContentItem item) {
            return url(options.links().href(item), LinkResolver.CLEAN_URLS.href(item));
        }

        Optional<String> listUrl(ItemType type) {
            return url(options.links().listHref(type), LinkResolver.CLEAN_URLS.listHref(type));
        }

        Optional<String> homeUrl() {
            return url(options.links().homeHref(), "/");
        }

        /** The name of a list: its entry's label in the toolkit's menu, else its folder's name. */
        String listName(ItemType type) {
            return toolkit.menu().flatten().stream()
                    .filter(entry -> entry.list().equals(Optional.of(type)))
                    .findFirst()
                    .map(entry -> entry.label().resolve(chain))
                    .orElse(type.plural());
        }

        String label(String vocabulary, String term) {
            return toolkit.term(TermRef.of(vocabulary, term))
                    .map(t -> t.label().resolve(chain))
                    .orElse(term);
        }

        ObjectNode publisher() {
            ObjectNode publisher = MAPPER.createObjectNode();
            publisher.put("@type", "Organization");
            publisher.put("name", toolkit.info().publisher());
            return publisher;
        }

        ObjectNode item(ContentItem item) {
            ObjectNode node = MAPPER.createObjectNode();
            url(item)
                    .ifPresent(
                            url -> {
                                node.put("@id", url);
                                node.put("url", url);
                            });
            node.put("inLanguage", item.locale().toLanguageTag());
            if (item instanceof CaseStudy study) {
                node.put("@type", "Article");
                node.put("headline", study.title());
                description(node, study);
                node.set("author", publisher());
                node.set("publisher", publisher());
                dates(node, study);
                ArrayNode about = MAPPER.createArrayNode();
                for (String theme : study.terms().in(Vocabulary.THEME)) {
                    about.addObject()
                            .put("@type", "Thing")
                            .put("name", label(Vocabulary.THEME, theme));
                }
                if (!about.isEmpty()) {
                    node.set("about", about);
                }
                study.place()
                        .ifPresent(
                                place -> {
                                    ObjectNode location = node.putObject("contentLocation");
                                    location.put("@type", "Place");
                                    location.put("name", place.name());
                                    place.region()
                                            .ifPresent(
                                                    r ->
                                                            location.putObject("containedInPlace")
                                                                    .put("@type", "Place")
                                                                    .put(
                                                                            "name",
                                                                            label(
                                                                                    Vocabulary
                                                                                            .REGION,
                                                                                    r)));
                                });
                ArrayNode mentions = MAPPER.createArrayNode();
                for (Organisation organisation : concat(study.commissioners(), study.partners())) {
                    ObjectNode org =
                            mentions.addObject()
                                    .put("@type", "Organization")
                                    .put("name", organisation.name());
                    organisation.url().ifPresent(u -> org.put("url", u));
                }
                if (!mentions.isEmpty()) {
                    node.set("mentions", mentions);
                }
                sources(node, study.metadata().sources());
            } else if (item instanceof Faq faq) {
                node.put("@type", "FAQPage");
                node.put("name", faq.question());
                node.set("mainEntity", MAPPER.createArrayNode().add(question(faq)));
            } else if (item instanceof ModelDocument document) {
                node.put("@type", "DigitalDocument");
                node.put("name", document.title());
                description(node, document);
                node.put("genre", label(Vocabulary.DOCUMENT_KIND, document.kind()));
                document.fileFormat().ifPresent(f -> node.put("encodingFormat", f));
                document.licence().ifPresent(l -> node.put("license", l));
                document.version().ifPresent(v -> node.put("version", v));
                document.lastReviewed().ifPresent(d -> node.put("dateModified", d.toString()));
                node.set("publisher", publisher());
                sources(node, document.metadata().sources());
            } else {
                node.put("@type", "WebPage");
                node.put("name", item.title());
                description(node, item);
                dates(node, item);
            }
            return node;
        }

        ObjectNode question(Faq faq) {
            ObjectNode question = MAPPER.createObjectNode();
            question.put("@type", "Question");
            question.put("name", faq.question());
            faq.asked().ifPresent(d -> question.put("dateCreated", d.toString()));
            ObjectNode answer = question.putObject("acceptedAnswer");
            answer.put("@type", "Answer");
            answer.put("text", faq.answer().isBlank() ? faq.summary() : faq.answer().markdown());
            url(faq).ifPresent(url -> answer.put("url", url));
            faq.answeredBy()
                    .ifPresent(
                            a -> answer.putObject("author").put("@type", "Person").put("name", a));
            return question;
        }

        ObjectNode faqPage(List<ContentItem> faqs) {
            ObjectNode node = MAPPER.createObjectNode();
            node.put("@type", "FAQPage");
            node.put("name", title());
            listUrl(ItemType.FAQ).ifPresent(url -> node.put("url", url));
            ArrayNode questions = node.putArray("mainEntity");
            faqs.forEach(f -> questions.add(question((Faq) f)));
            return node;
        }

        ObjectNode itemList(List<ContentItem> items) {
            ObjectNode node = MAPPER.createObjectNode();
            node.put("@type", "ItemList");
            node.put("numberOfItems", items.size());
            ArrayNode elements = node.putArray("itemListElement");
            for (int i = 0; i < items.size(); i++) {
                ObjectNode element =
                        elements.addObject()
                                .put("@type", "ListItem")
                                .put("position", i + 1)
                                .put("name", items.get(i).title());
                url(items.get(i)).ifPresent(url -> element.put("url", url));
            }
            return node;
        }

        ObjectNode menu(List<MenuEntry> entries) {
            ObjectNode node = MAPPER.createObjectNode();
            node.put("@type", "ItemList");
            node.put("name", title());
            ArrayNode elements = node.putArray("itemListElement");
            int position = 1;
            for (MenuEntry entry : entries) {
                ObjectNode element =
                        elements.addObject()
                                .put("@type", "SiteNavigationElement")
                                .put("position", position++)
                                .put("name", entry.label().resolve(chain));
                entry.url()
                        .or(() -> entry.list().flatMap(this::listUrl))
                        .or(() -> toolkit.target(entry, options.locale()).flatMap(this::url))
                        .ifPresent(url -> element.put("url", url));
            }
            return node;
        }

        ObjectNode breadcrumbs(ContentItem item) {
            ObjectNode node = MAPPER.createObjectNode();
            node.put("@type", "BreadcrumbList");
            ArrayNode elements = node.putArray("itemListElement");
            crumb(elements, 1, title(), homeUrl());
            crumb(elements, 2, listName(item.type()), listUrl(item.type()));
            crumb(elements, 3, item.title(), url(item));
            return node;
        }

        private static void crumb(
                ArrayNode elements, int position, String name, Optional<String> url) {
            ObjectNode crumb =
                    elements.addObject()
                            .put("@type", "ListItem")
                            .put("position", position)
                            .put("name", name);
            url.ifPresent(u -> crumb.put("item", u));
        }

        private static void description(ObjectNode node, ContentItem item) {
            if (!item.summary().isBlank()) {
                node.put("description", item.summary());
            }
        }

        private static void dates(ObjectNode node, ContentItem item) {
            item.metadata().published().ifPresent(d -> node.put("datePublished", d.toString()));
            item.metadata().updated().ifPresent(d -> node.put("dateModified", d.toString()));
        }

        /** The sources as schema.org citations: each a work with its title and address. */
        private static void sources(ObjectNode node, List<Source> sources) {
            if (!sources.isEmpty()) {
                ArrayNode citations = node.putArray("citation");
                sources.forEach(
                        s ->
                                citations
                                        .addObject()
                                        .put("@type", "CreativeWork")
                                        .put("name", s.label())
                                        .put("url", s.url()));
            }
        }

        private static List<Organisation> concat(List<Organisation> a, List<Organisation> b) {
            var all = new ArrayList<Organisation>(a);
            all.addAll(b);
            return all;
        }
    }
}
