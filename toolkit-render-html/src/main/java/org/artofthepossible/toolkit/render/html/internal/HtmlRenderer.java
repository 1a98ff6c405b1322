package org.artofthepossible.toolkit.render.html.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.artofthepossible.toolkit.CleanUrls;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitException;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.AccessibilityStatement;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.render.html.MarkupOverride;
import org.artofthepossible.toolkit.spi.Renderer;
import org.artofthepossible.toolkit.spi.RendererContext;

/**
 * Renders every view as HTML: in fragment mode the content alone, to place in a host page; in
 * document mode a whole page with a skip link, header, menu, main landmark and footer.
 */
public final class HtmlRenderer implements Renderer {
    // Opening tags of constant attributes, written once per theme (see Markup.Tag).
    private static final Markup.Tag HOME = new Markup.Tag("section", "class", "toolkit-home");
    private static final Markup.Tag SKIP_LINK =
            new Markup.Tag("a", "class", "toolkit-skip-link", "href", "#toolkit-main");
    private static final Markup.Tag HEADER = new Markup.Tag("header", "class", "toolkit-header");
    private static final Markup.Tag HEADER_CONTAINER =
            new Markup.Tag("div", "class", "toolkit-header-container");
    private static final Markup.Tag TITLE = new Markup.Tag("p", "class", "toolkit-title");
    private static final Markup.Tag FOOTER = new Markup.Tag("footer", "class", "toolkit-footer");
    private static final Markup.Tag FOOTER_CONTAINER =
            new Markup.Tag("div", "class", "toolkit-footer-container");
    private static final Markup.Tag FOOTER_META =
            new Markup.Tag("div", "class", "toolkit-footer-meta");
    private static final Markup.Tag FOOTER_LINKS =
            new Markup.Tag("ul", "class", "toolkit-footer-links");

    private final RendererContext context;
    private final List<MarkupOverride> overrides;

    /**
     * The length of the last page of each kind of view, to size the next one's builder: growing it
     * from a guess copied the page once or twice, a seventh of a case study's render.
     */
    private final Map<View.Kind, Integer> lastLength = new ConcurrentHashMap<>();

    /**
     * Creates the renderer.
     *
     * @param context the other renderers, to embed structured data from a {@code jsonld} one
     * @param overrides markup that replaces the renderer's own for the views it handles
     */
    public HtmlRenderer(RendererContext context, List<MarkupOverride> overrides) {
        this.context = context;
        this.overrides = List.copyOf(overrides);
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public Set<View.Kind> supportedViews() {
        return EnumSet.allOf(View.Kind.class);
    }

    /**
     * The file name of a theme's stylesheet, which its whole pages link.
     *
     * @param theme a theme id
     * @return the file name
     * @throws ToolkitException for a theme this renderer does not have
     */
    public static String stylesheet(String theme) {
        return theme(theme).stylesheet();
    }

    private static Theme theme(String id) {
        Theme theme = Theme.of(id);
        if (theme == null) {
            throw new ToolkitException(
                    "the html renderer has no theme '"
                            + id
                            + "'; it has "
                            + new TreeSet<>(Theme.ids()));
        }
        return theme;
    }

    @Override
    public String render(View view, Toolkit toolkit, RenderOptions options) {
        Theme theme = theme(options.theme());
        PageContext page = new PageContext(toolkit, options);
        Optional<MarkupOverride> override =
                overrides.stream().filter(o -> o.handles(view, toolkit)).findFirst();
        Page content = page(view, page, override);
        // One builder for the whole page: the main content is written in place, never copied.
        Markup html = Markup.forPage(lastLength.getOrDefault(view.kind(), 16 * 1024), theme);
        if (options.mode() == RenderOptions.Mode.FRAGMENT) {
            content.main().accept(html);
            return html.page();
        }
        Optional<String> structuredData =
                context.renderer("jsonld")
                        .filter(r -> r.supportedViews().contains(view.kind()))
                        .map(r -> r.render(view, toolkit, options));
        document(html, theme, page, content, view, structuredData);
        String document = html.page();
        // A little room over the last length, for a page a little longer than the last.
        lastLength.put(view.kind(), document.length() + document.length() / 8);
        return document;
    }

    /**
     * What a view's page holds: its title and description, the clean path it lives at (for links
     * relative to the page, which no base URL can make absolute; none for a page with no address of
     * its own), and a writer of its main content.
     */
    private record Page(
            String title,
            String description,
            Navigation.Current current,
            Optional<String> cleanPath,
            Consumer<Markup> main) {}

    private static Page page(View view, PageContext page, Optional<MarkupOverride> override) {
        Toolkit toolkit = page.toolkit;
        RenderOptions options = page.options;
        if (view instanceof View.ItemView itemView) {
            ContentItem item = toolkit.requireItem(itemView.id(), options.locale());
            return new Page(
                    item.title(),
                    item.summary(),
                    new Navigation.Current(Optional.of(item.id()), Optional.of(item.type())),
                    Optional.of(LinkResolver.CLEAN_URLS.href(item)),
                    main -> {
                        Navigation.breadcrumbs(
                                main,
                                page,
                                Optional.of(item.type()),
                                item.title(),
                                page.lang(item));
                        if (override.isPresent()) {
                            override.get().write(main.forOverride(), view, toolkit, options);
                        } else {
                            ItemMarkup.write(main, page, item);
                        }
                        Navigation.previousNext(main, page, item);
                    });
        }
        if (view instanceof View.ListView list) {
            String title = ListMarkup.heading(page, list.type(), list.filter());
            return new Page(
                    title,
                    title + " · " + page.toolkitTitle(),
                    new Navigation.Current(Optional.empty(), Optional.of(list.type())),
                    Optional.of(CleanUrls.listPath(list.type(), list.filter())),
                    main -> {
                        // A term's page sits below its whole list.
                        Navigation.breadcrumbs(
                                main,
                                page,
                                list.filter().terms().isEmpty()
                                        ? Optional.empty()
                                        : Optional.of(list.type()),
                                title,
                                null);
                        if (override.isPresent()) {
                            override.get().write(main.forOverride(), view, toolkit, options);
                        } else {
                            ListMarkup.write(main, page, list.type(), list.filter());
                        }
                    });
        }
        if (view instanceof View.SearchView search) {
            String title = SearchMarkup.title(page, search.results());
            return new Page(
                    title,
                    title + " · " + page.toolkitTitle(),
                    Navigation.Current.NOWHERE,
                    Optional.empty(),
                    ownOr(
                            override,
                            view,
                            page,
                            main -> SearchMarkup.write(main, page, search.results())));
        }
        if (view instanceof View.QuestionFormView question) {
            return new Page(
                    QuestionMarkup.title(page, question.form()),
                    page.labels.get("ask.intro"),
                    Navigation.Current.NOWHERE,
                    Optional.empty(),
                    ownOr(
                            override,
                            view,
                            page,
                            main -> QuestionMarkup.form(main, page, question.form())));
        }
        if (view instanceof View.QuestionReceivedView received) {
            return new Page(
                    QuestionMarkup.receivedTitle(page),
                    QuestionMarkup.receivedTitle(page),
                    Navigation.Current.NOWHERE,
                    Optional.empty(),
                    ownOr(
                            override,
                            view,
                            page,
                            main -> QuestionMarkup.received(main, page, received.reference())));
        }
        if (view instanceof View.NotFoundView) {
            return new Page(
                    page.labels.get("notFound.title"),
                    page.labels.get("notFound.text"),
                    Navigation.Current.NOWHERE,
                    Optional.empty(),
                    ownOr(
                            override,
                            view,
                            page,
                            main ->
                                    main.element("h1", page.labels.get("notFound.title"))
                                            .nl()
                                            .element("p", page.labels.get("notFound.text"))
                                            .nl()
                                            .open("ul")
                                            .open("li")
                                            .link(
                                                    page.links.homeHref(),
                                                    page.labels.get("notFound.home"))
                                            .close("li")
                                            .open("li")
                                            .link(
                                                    page.links.menuHref(),
                                                    page.labels.get("notFound.menu"))
                                            .close("li")
                                            .close("ul")
                                            .nl()));
        }
        if (view instanceof View.AccessibilityView) {
            AccessibilityStatement statement = AccessibilityMarkup.statement(page);
            String intro = AccessibilityMarkup.intro(page);
            return new Page(
                    page.labels.get("accessibility.title"),
                    intro,
                    Navigation.Current.NOWHERE,
                    Optional.of("/accessibility/"),
                    ownOr(
                            override,
                            view,
                            page,
                            main -> AccessibilityMarkup.write(main, page, statement, intro)));
        }
        if (view instanceof View.MenuView) {
            return new Page(
                    page.labels.get("menu"),
                    page.toolkitTitle(),
                    Navigation.Current.NOWHERE,
                    Optional.of("/menu/"),
                    ownOr(
                            override,
                            view,
                            page,
                            main -> {
                                main.element("h1", page.labels.get("menu")).nl();
                                Navigation.contents(main, page);
                            }));
        }
        String title = page.toolkitTitle();
        // The introduction is the first page in list order; an override writes its own home.
        Optional<ContentItem> introduction =
                override.isEmpty()
                        ? toolkit.list(ItemType.PAGE, page.locale()).stream().findFirst()
                        : Optional.empty();
        String description =
                introduction
                        .map(ContentItem::summary)
                        .filter(summary -> !summary.isBlank())
                        .orElse(title);
        return new Page(
                title,
                description,
                Navigation.Current.NOWHERE,
                Optional.of("/"),
                main -> {
                    if (override.isPresent()) {
                        override.get().write(main.forOverride(), view, toolkit, options);
                    } else {
                        home(main, page, introduction);
                    }
                });
    }

    /** The view's own markup, or what an override writes in its place. */
    private static Consumer<Markup> ownOr(
            Optional<MarkupOverride> override, View view, PageContext page, Consumer<Markup> own) {
        return main -> {
            if (override.isPresent()) {
                override.get().write(main.forOverride(), view, page.toolkit, page.options);
            } else {
                own.accept(main);
            }
        };
    }

    /** The home page: the title, the introduction (the first page in list order) and the menu. */
    private static void home(Markup html, PageContext page, Optional<ContentItem> introduction) {
        html.open(HOME).nl();
        html.element("h1", page.toolkitTitle(), "lang", page.toolkitTitleLang()).nl();
        introduction.ifPresent(
                intro -> {
                    String lang = page.lang(intro);
                    page.contentLanguageNotice(html, lang);
                    html.element("p", intro.summary(), "class", "toolkit-summary", "lang", lang)
                            .nl();
                    ItemMarkup.body(html, page, intro.metadata().body().markdown(), lang);
                });
        Navigation.contents(html, page);
        html.close("section").nl();
    }

    /**
     * Where the page is in each of the toolkit's other languages that the options give a
     * translation for, in the toolkit's order of languages.
     */
    private static List<Navigation.Translated> translations(
            PageContext page, View view, String cleanPath) {
        var translated = new ArrayList<Navigation.Translated>();
        for (Locale locale : page.toolkit.info().locales()) {
            RenderOptions.Translation translation = page.options.translations().get(locale);
            if (translation != null) {
                String href = page.href(view, translation.links());
                translated.add(
                        new Navigation.Translated(
                                locale, href, translation.absolute(href, cleanPath)));
            }
        }
        return translated;
    }

    private static void alternate(Markup html, Locale locale, String url) {
        html.open("link", "rel", "alternate", "hreflang", locale.toLanguageTag(), "href", url).nl();
    }

    private static void document(
            Markup html,
            Theme theme,
            PageContext page,
            Page content,
            View view,
            Optional<String> structuredData) {
        String toolkitTitle = page.toolkitTitle();
        String title = content.title();
        html.trusted("<!DOCTYPE html>\n");
        html.open("html", "lang", page.locale().toLanguageTag()).nl();
        html.open("head").nl();
        html.open("meta", "charset", "utf-8").nl();
        html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .nl();
        html.element("title", title.equals(toolkitTitle) ? title : title + " – " + toolkitTitle)
                .nl();
        html.open("meta", "name", "description", "content", content.description()).nl();
        Optional<String> canonical =
                content.cleanPath()
                        .flatMap(path -> page.options.absolute(page.href(view, page.links), path));
        canonical.ifPresent(url -> html.open("link", "rel", "canonical", "href", url).nl());
        List<Navigation.Translated> translations =
                content.cleanPath().map(path -> translations(page, view, path)).orElse(List.of());
        // Alternates name absolute URLs only, this page's own among them.
        if (canonical.isPresent()
                && translations.stream().anyMatch(t -> t.absolute().isPresent())) {
            alternate(html, page.locale(), canonical.get());
            translations.forEach(
                    t -> t.absolute().ifPresent(url -> alternate(html, t.locale(), url)));
        }
        html.open("link", "rel", "stylesheet", "href", page.links.assetHref(theme.stylesheet()))
                .nl();
        html.open(
                        "link",
                        "rel",
                        "icon",
                        "type",
                        "image/svg+xml",
                        "href",
                        page.links.assetHref("icon.svg"))
                .nl();
        // JSON can hold "<" only inside strings, where \u003c means the same: so whatever a
        // jsonld plugin wrote, nothing in it can close the script element or open a comment.
        structuredData.ifPresent(
                json ->
                        html.open("script", "type", "application/ld+json")
                                .trusted(json.replace("<", "\\u003c"))
                                .close("script")
                                .nl());
        html.close("head").nl();
        html.open("body", "class", "toolkit toolkit-theme-" + page.options.theme()).nl();
        html.open(SKIP_LINK).text(page.labels.get("skipLink")).close("a").nl();
        html.open(HEADER).nl();
        html.open(HEADER_CONTAINER).nl();
        html.open(TITLE)
                .link(
                        page.links.homeHref(),
                        toolkitTitle,
                        "class",
                        "toolkit-title-link",
                        "lang",
                        page.toolkitTitleLang())
                .close("p")
                .nl();
        if (!(view instanceof View.SearchView)) {
            page.links.searchHref().ifPresent(action -> SearchMarkup.box(html, page, action));
        }
        if (!translations.isEmpty()) {
            Navigation.languages(html, page, translations);
        }
        html.close("div").nl();
        html.close("header").nl();
        // The menu page and the home page hold the menu in their main content: one menu a page.
        if (!(view instanceof View.MenuView) && !(view instanceof View.HomeView)) {
            Navigation.bar(html, page, content.current());
        }
        // Only items are search results: a static export's Pagefind indexes what is marked so.
        html.open(
                        "main",
                        "id",
                        "toolkit-main",
                        "class",
                        "toolkit-main",
                        "data-pagefind-body",
                        view instanceof View.ItemView ? "" : null)
                .nl();
        content.main().accept(html);
        html.close("main").nl();
        html.open(FOOTER).nl();
        html.open(FOOTER_CONTAINER).nl();
        html.open(FOOTER_META).nl();
        // The footer links the pages every page leads to, but never the page it is on.
        record FooterLink(String href, String label) {}
        var footerLinks = new ArrayList<FooterLink>();
        if (page.toolkit.info().accessibility().isPresent()
                && !(view instanceof View.AccessibilityView)) {
            footerLinks.add(
                    new FooterLink(
                            page.links.accessibilityHref(), page.labels.get("accessibility.link")));
        }
        if (!(view instanceof View.MenuView)) {
            footerLinks.add(new FooterLink(page.links.menuHref(), page.labels.get("menu")));
        }
        if (!footerLinks.isEmpty() || !page.toolkit.menu().footer().isEmpty()) {
            html.open(FOOTER_LINKS).nl();
            for (FooterLink link : footerLinks) {
                html.open(Navigation.FOOTER_ITEM)
                        .link(link.href(), link.label(), "class", "toolkit-footer-link")
                        .close("li")
                        .nl();
            }
            Navigation.footerEntries(html, page);
            html.close("ul").nl();
        }
        html.element(
                        "p",
                        page.labels.format("publishedBy", page.toolkit.info().publisher()),
                        "class",
                        "toolkit-publisher")
                .nl();
        html.close("div").nl();
        html.close("div").nl();
        html.close("footer").nl();
        if (!page.icons().isEmpty()) {
            Icons.sprite(html, page.icons());
        }
        html.close("body").nl();
        html.close("html").nl();
    }
}
