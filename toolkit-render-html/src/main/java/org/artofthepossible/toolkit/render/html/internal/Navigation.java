package org.artofthepossible.toolkit.render.html.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.MenuEntry;

/**
 * The toolkit menu (as a bar below the header, or whole in a page), breadcrumbs, previous/next
 * links, and the language switcher.
 */
final class Navigation {
    // Opening tags of constant attributes, written once per theme (see Markup.Tag).
    private static final Markup.Tag LANGUAGES_LIST =
            new Markup.Tag("ul", "class", "toolkit-languages-list");
    private static final Markup.Tag LANGUAGES_ITEM =
            new Markup.Tag("li", "class", "toolkit-languages-item");
    private static final Markup.Tag LANGUAGES_ITEM_CURRENT =
            new Markup.Tag("li", "class", "toolkit-languages-item toolkit-languages-item-current");
    private static final Markup.Tag MENU_BAR = new Markup.Tag("div", "class", "toolkit-menu-bar");
    private static final Markup.Tag MENU_CONTAINER =
            new Markup.Tag("div", "class", "toolkit-menu-container");
    static final Markup.Tag FOOTER_ITEM = new Markup.Tag("li", "class", "toolkit-footer-item");
    private static final Markup.Tag BREADCRUMBS_LIST =
            new Markup.Tag("ol", "class", "toolkit-breadcrumbs-list");
    private static final Markup.Tag CRUMB = new Markup.Tag("li", "class", "toolkit-crumb");
    private static final Markup.Tag CURRENT_CRUMB =
            new Markup.Tag("li", "class", "toolkit-crumb", "aria-current", "page");
    static final Markup.Tag PREVIOUS = new Markup.Tag("div", "class", "toolkit-previous");
    static final Markup.Tag NEXT = new Markup.Tag("div", "class", "toolkit-next");
    private static final Markup.Tag BACK = new Markup.Tag("p", "class", "toolkit-back");

    private static final Markup.Tag MENU_LIST = new Markup.Tag("ul", "class", "toolkit-menu-list");
    private static final Markup.Tag MENU_ITEM = new Markup.Tag("li", "class", "toolkit-menu-item");
    private static final Markup.Tag CURRENT_MENU_ITEM =
            new Markup.Tag("li", "class", "toolkit-menu-item toolkit-menu-item-current");

    private Navigation() {}

    /**
     * Where the reader is, to mark the menu entries that lead there: an item, or a list (with no
     * item); an item's page names its list too, as the section it is in.
     */
    record Current(Optional<String> itemId, Optional<ItemType> list) {
        static final Current NOWHERE = new Current(Optional.empty(), Optional.empty());

        /**
         * The entry's {@code aria-current}: {@code page} for the entry of the page itself, {@code
         * true} for the section the page is in (the list of an item's type, or an entry holding the
         * page's entry), else null.
         */
        String ariaCurrent(MenuEntry entry) {
            if (itemId.isPresent() ? entry.itemId().equals(itemId) : isList(entry)) {
                return "page";
            }
            if (isList(entry)
                    || entry.children().stream().anyMatch(child -> ariaCurrent(child) != null)) {
                return "true";
            }
            return null;
        }

        private boolean isList(MenuEntry entry) {
            return list.isPresent() && entry.list().equals(list);
        }
    }

    /**
     * The page in another language.
     *
     * @param locale its language
     * @param href the link to it from this page
     * @param absolute its absolute URL, when its language's pages have a base URL
     */
    record Translated(Locale locale, String href, Optional<String> absolute) {}

    /**
     * The language switcher: every language the page is in, the page's own marked current, each
     * other a link to the page in that language, each named in its own language.
     */
    static void languages(Markup html, PageContext page, List<Translated> translations) {
        html.open("nav", "class", "toolkit-languages", "aria-label", page.labels.get("languages"))
                .nl();
        html.open(LANGUAGES_LIST).nl();
        for (Locale locale : page.toolkit.info().locales()) {
            Optional<Translated> translated =
                    translations.stream().filter(t -> t.locale().equals(locale)).findFirst();
            String tag = locale.toLanguageTag();
            if (translated.isPresent()) {
                html.open(LANGUAGES_ITEM)
                        .link(
                                translated.get().href(),
                                name(locale),
                                "class",
                                "toolkit-languages-link",
                                "hreflang",
                                tag,
                                "lang",
                                tag)
                        .close("li")
                        .nl();
            } else if (locale.equals(page.locale())) {
                html.open(LANGUAGES_ITEM_CURRENT)
                        .element(
                                "span",
                                name(locale),
                                "class",
                                "toolkit-languages-current",
                                "aria-current",
                                "true",
                                "lang",
                                tag)
                        .close("li")
                        .nl();
            }
        }
        html.close("ul").nl();
        html.close("nav").nl();
    }

    /** A language's name in that language, as its readers write it at the start of a line. */
    private static String name(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty()
                ? locale.toLanguageTag()
                : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /**
     * The menu bar below the header: the top-level entries, the current section marked, each
     * entry's own entries kept for themes that show them.
     */
    static void bar(Markup html, PageContext page, Current current) {
        html.open(MENU_BAR).nl();
        html.open(MENU_CONTAINER).nl();
        html.open("nav", "class", "toolkit-menu", "aria-label", page.labels.get("menu")).nl();
        entries(html, page, page.toolkit.menu().entries(), current, true);
        html.close("nav").nl();
        html.close("div").nl();
        html.close("div").nl();
    }

    /** The whole menu as a list of lists, in a page's main content: the home and menu pages. */
    static void contents(Markup html, PageContext page) {
        html.open("nav", "class", "toolkit-contents", "aria-label", page.labels.get("menu")).nl();
        entries(html, page, page.toolkit.menu().entries(), Current.NOWHERE, false);
        html.close("nav").nl();
    }

    /**
     * A list of entries; in the menu bar ({@code bar}) the top-level list and its entries carry the
     * bar's classes, so a theme can lay them out as its service navigation.
     */
    private static void entries(
            Markup html, PageContext page, List<MenuEntry> entries, Current current, boolean bar) {
        if (bar) {
            html.open(MENU_LIST);
        } else {
            html.open("ul");
        }
        html.nl();
        for (MenuEntry entry : entries) {
            String ariaCurrent = current.ariaCurrent(entry);
            if (!bar) {
                html.open("li");
            } else {
                html.open(ariaCurrent == null ? MENU_ITEM : CURRENT_MENU_ITEM);
            }
            String label = entry.label().resolve(page.chain);
            String lang = page.lang(entry.label());
            Optional<String> href = href(page, entry);
            if (href.isEmpty()) {
                // the item was kept out of the snapshot; say so by not linking
                PageContext.text(html, label, lang);
            } else {
                html.openLink(
                        href.get(),
                        "class",
                        bar ? "toolkit-menu-link" : null,
                        "aria-current",
                        ariaCurrent,
                        "lang",
                        lang);
                icon(html, page, entry);
                html.text(label).close("a");
            }
            if (!entry.children().isEmpty()) {
                html.nl();
                entries(html, page, entry.children(), current, false);
            }
            html.close("li").nl();
        }
        html.close("ul").nl();
    }

    /**
     * The footer's links of the content's own, such as a contact page or the publisher's social
     * media accounts, each with its icon.
     */
    static void footerEntries(Markup html, PageContext page) {
        for (MenuEntry entry : page.toolkit.menu().footer()) {
            Optional<String> href = href(page, entry);
            if (href.isPresent()) {
                html.open(FOOTER_ITEM)
                        .openLink(
                                href.get(),
                                "class",
                                "toolkit-footer-link",
                                "lang",
                                page.lang(entry.label()));
                icon(html, page, entry);
                html.text(entry.label().resolve(page.chain)).close("a").close("li").nl();
            }
        }
    }

    /** An entry's icon, if it has one the renderer has; validation warns of any other. */
    private static void icon(Markup html, PageContext page, MenuEntry entry) {
        entry.icon().filter(Icons.names()::contains).ifPresent(name -> page.icon(html, name));
    }

    private static Optional<String> href(PageContext page, MenuEntry entry) {
        if (entry.url().isPresent()) {
            return entry.url();
        }
        if (entry.list().isPresent()) {
            return Optional.of(page.links.listHref(entry.list().get()));
        }
        return page.toolkit.target(entry, page.locale()).map(page.links::href);
    }

    /**
     * Home, then the list of the item's type, then the page itself, whose name is in the language
     * {@code hereLang} names when that is not the page's (else null).
     */
    static void breadcrumbs(
            Markup html, PageContext page, Optional<ItemType> list, String here, String hereLang) {
        html.open(
                        "nav",
                        "class",
                        "toolkit-breadcrumbs",
                        "aria-label",
                        page.labels.get("breadcrumbs"))
                .nl();
        html.open(BREADCRUMBS_LIST).nl();
        html.open(CRUMB)
                .link(page.links.homeHref(), page.labels.get("home"), "class", "toolkit-crumb-link")
                .close("li")
                .nl();
        list.ifPresent(
                type ->
                        html.open(CRUMB)
                                .link(
                                        page.links.listHref(type),
                                        ListMarkup.heading(page, type),
                                        "class",
                                        "toolkit-crumb-link")
                                .close("li")
                                .nl());
        html.open(CURRENT_CRUMB)
                .then(() -> PageContext.text(html, here, hereLang))
                .close("li")
                .nl();
        html.close("ol").nl();
        html.close("nav").nl();
    }

    static void previousNext(Markup html, PageContext page, ContentItem item) {
        Optional<ContentItem> previous = page.toolkit.previous(item, page.locale());
        Optional<ContentItem> next = page.toolkit.next(item, page.locale());
        html.open("nav", "class", "toolkit-pager", "aria-label", page.labels.get("pagination"))
                .nl();
        previous.ifPresent(
                p ->
                        html.open(PREVIOUS)
                                .then(() -> page.icon(html, "arrow-left"))
                                .openLink(
                                        page.links.href(p),
                                        "class",
                                        "toolkit-pager-link",
                                        "rel",
                                        "prev")
                                .text(page.labels.get("previous") + ": ")
                                .then(() -> PageContext.text(html, p.title(), page.lang(p)))
                                .close("a")
                                .close("div")
                                .nl());
        next.ifPresent(
                n ->
                        html.open(NEXT)
                                .then(() -> page.icon(html, "arrow-right"))
                                .openLink(
                                        page.links.href(n),
                                        "class",
                                        "toolkit-pager-link",
                                        "rel",
                                        "next")
                                .text(page.labels.get("next") + ": ")
                                .then(() -> PageContext.text(html, n.title(), page.lang(n)))
                                .close("a")
                                .close("div")
                                .nl());
        html.close("nav").nl();
        html.open(BACK)
                .then(() -> page.icon(html, "menu"))
                .link(page.links.homeHref(), page.labels.get("backToMenu"))
                .close("p")
                .nl();
    }
}
