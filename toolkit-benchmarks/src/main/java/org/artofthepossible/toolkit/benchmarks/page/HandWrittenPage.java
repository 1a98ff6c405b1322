package org.artofthepossible.toolkit.benchmarks.page;

import java.util.List;
import org.owasp.encoder.Encode;

/**
 * The hand-written baseline: a case-study page appended to a {@link StringBuilder}, every value
 * through the OWASP encoder, the fixed markup as literals.
 */
public final class HandWrittenPage {

    private HandWrittenPage() {}

    /**
     * Writes the page.
     *
     * @param page its strings
     * @return the whole HTML document
     */
    public static String write(CaseStudyPage page) {
        var out = new StringBuilder(16 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(Encode.forHtmlAttribute(page.lang()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta name=\"viewport\" content=\"width=device-width,"
                                + " initial-scale=1\">\n<title>")
                .append(Encode.forHtml(page.title() + " – " + page.toolkitTitle()))
                .append("</title>\n<meta name=\"description\" content=\"")
                .append(Encode.forHtmlAttribute(page.summary()))
                .append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/toolkit.css\">\n")
                .append("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/assets/icon.svg\">\n")
                .append("</head>\n<body class=\"toolkit toolkit-theme-default\">\n")
                .append(
                        "<a class=\"toolkit-skip-link\" href=\"#toolkit-main\">Skip to main"
                                + " content</a>\n")
                .append(
                        "<header class=\"toolkit-header\">\n<div class=\"toolkit-header-container\">\n")
                .append("<p class=\"toolkit-title\">");
        link(out, "/", page.toolkitTitle(), false, "toolkit-title-link");
        out.append("</p>\n</div>\n</header>\n")
                .append(
                        "<div class=\"toolkit-menu-bar\">\n<div class=\"toolkit-menu-container\">\n")
                .append("<nav class=\"toolkit-menu\" aria-label=\"Toolkit menu\">\n");
        menu(out, page.menu(), true);
        out.append(
                        "</nav>\n</div>\n</div>\n<main class=\"toolkit-main\" id=\"toolkit-main\""
                                + " data-pagefind-body=\"\">\n")
                .append("<nav class=\"toolkit-breadcrumbs\" aria-label=\"Breadcrumbs\">\n")
                .append("<ol class=\"toolkit-breadcrumbs-list\">\n<li class=\"toolkit-crumb\">");
        link(out, "/", "Home", false, "toolkit-crumb-link");
        out.append("</li>\n<li class=\"toolkit-crumb\">");
        link(out, page.list().href(), page.list().label(), false, "toolkit-crumb-link");
        out.append("</li>\n<li class=\"toolkit-crumb\" aria-current=\"page\">")
                .append(Encode.forHtml(page.title()))
                .append("</li>\n</ol>\n</nav>\n<article class=\"")
                .append(Encode.forHtmlAttribute(page.typeClass()))
                .append("\" lang=\"")
                .append(Encode.forHtmlAttribute(page.lang()))
                .append("\">\n<h1 data-pagefind-meta=\"title\">")
                .append(Encode.forHtml(page.title()))
                .append("</h1>\n<p class=\"toolkit-summary\" data-pagefind-meta=\"summary\">")
                .append(Encode.forHtml(page.summary()))
                .append("</p>\n");
        for (CaseStudyPage.SearchFilter filter : page.searchFilters()) {
            out.append("<span data-pagefind-filter=\"")
                    .append(Encode.forHtmlAttribute(filter.name()))
                    .append("\" data-term=\"")
                    .append(Encode.forHtmlAttribute(filter.value()))
                    .append("\"></span>");
        }
        if (!page.searchFilters().isEmpty()) {
            out.append('\n');
        }
        out.append("<h2 class=\"toolkit-visually-hidden\">Key facts</h2>\n")
                .append("<dl class=\"toolkit-facts\">\n");
        for (CaseStudyPage.Fact fact : page.facts()) {
            out.append("<div class=\"toolkit-fact\"><dt>")
                    .append(Encode.forHtml(fact.label()))
                    .append("</dt><dd>");
            if (fact.isList()) {
                out.append("<ul>\n");
                for (CaseStudyPage.Entry item : fact.items()) {
                    out.append("<li>").append(Encode.forHtml(item.text()));
                    cites(out, item.cites());
                    out.append("</li>\n");
                }
                out.append("</ul>");
            } else {
                out.append(Encode.forHtml(fact.text()));
                cites(out, fact.cites());
            }
            out.append("</dd></div>\n");
        }
        out.append("</dl>\n");
        if (page.hasDisputes()) {
            out.append("<div class=\"toolkit-disputed\">\n<h2>Sources disagree</h2>\n");
            for (CaseStudyPage.Dispute dispute : page.disputes()) {
                out.append("<p>")
                        .append(Encode.forHtml("Sources disagree on " + dispute.field() + ":"))
                        .append("</p>\n<ul>\n");
                for (CaseStudyPage.Claim claim : dispute.claims()) {
                    out.append("<li>").append(Encode.forHtml(claim.value()));
                    cites(out, claim.cites());
                    out.append("</li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("</div>\n");
        }
        if (page.hasBody()) {
            out.append("<div class=\"toolkit-body\">\n").append(page.bodyHtml()).append("</div>\n");
        }
        statements(out, "Context", "toolkit-context", page.context());
        statements(out, "Outcomes", "toolkit-outcomes", page.outcomes());
        if (page.today() != null) {
            today(out, page.today());
        }
        if (page.hasVideos()) {
            out.append("<h2>Videos</h2>\n<ul class=\"toolkit-videos\">\n");
            for (CaseStudyPage.VideoLink video : page.videos()) {
                out.append("<li>");
                icon(out, "play");
                link(out, video.link(), null);
                if (video.presenter() != null) {
                    out.append(Encode.forHtml(". Presented by " + video.presenter()));
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        links(out, "Related", "toolkit-related", page.related());
        links(out, "Links", "toolkit-links", page.links());
        if (page.hasSources()) {
            out.append("<h2>Sources</h2>\n<ol class=\"toolkit-sources\">\n");
            for (CaseStudyPage.SourceLink source : page.sources()) {
                out.append("<li id=\"").append(source.anchor()).append("\">");
                link(out, source.link(), null);
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("</article>\n")
                .append("<nav class=\"toolkit-pager\" aria-label=\"Previous and next\">\n");
        if (page.previous() != null) {
            out.append("<div class=\"toolkit-previous\">");
            icon(out, "arrow-left");
            pager(out, page.previous(), "prev");
        }
        if (page.next() != null) {
            out.append("<div class=\"toolkit-next\">");
            icon(out, "arrow-right");
            pager(out, page.next(), "next");
        }
        out.append("</nav>\n<p class=\"toolkit-back\">");
        icon(out, "menu");
        link(out, "/", "Back to the toolkit menu", false, null);
        out.append("</p>\n</main>\n<footer class=\"toolkit-footer\">\n")
                .append(
                        "<div class=\"toolkit-footer-container\">\n<div class=\"toolkit-footer-meta\">\n"
                                + "<ul class=\"toolkit-footer-links\">\n");
        for (CaseStudyPage.FooterLink link : page.footer()) {
            out.append("<li class=\"toolkit-footer-item\"><a href=\"")
                    .append(Encode.forHtmlAttribute(link.link().href()))
                    .append(link.link().external() ? "\" rel=\"noopener noreferrer\"" : "\"")
                    .append(" class=\"toolkit-footer-link\">");
            if (link.icon() != null) {
                icon(out, link.icon());
            }
            out.append(Encode.forHtml(link.link().label())).append("</a></li>\n");
        }
        out.append("</ul>\n<p class=\"toolkit-publisher\">")
                .append(Encode.forHtml("Published by " + page.publisher()))
                .append("</p>\n</div>\n</div>\n")
                .append("</footer>\n")
                .append(page.sprite())
                .append("</body>\n</html>\n");
        return out.toString();
    }

    /** The menu bar's list ({@code bar}: its entries classed for the bar), or a nested list. */
    private static void menu(StringBuilder out, List<CaseStudyPage.MenuLink> entries, boolean bar) {
        out.append(bar ? "<ul class=\"toolkit-menu-list\">\n" : "<ul>\n");
        for (CaseStudyPage.MenuLink entry : entries) {
            if (!bar) {
                out.append("<li>");
            } else if (entry.current() == null) {
                out.append("<li class=\"toolkit-menu-item\">");
            } else {
                out.append("<li class=\"toolkit-menu-item toolkit-menu-item-current\">");
            }
            CaseStudyPage.Link link = entry.link();
            out.append("<a href=\"").append(Encode.forHtmlAttribute(link.href())).append('"');
            if (link.external()) {
                out.append(" rel=\"noopener noreferrer\"");
            }
            if (bar) {
                out.append(" class=\"toolkit-menu-link\"");
            }
            if (entry.current() != null) {
                out.append(" aria-current=\"").append(entry.current()).append('"');
            }
            out.append('>').append(Encode.forHtml(link.label())).append("</a>");
            if (entry.hasChildren()) {
                out.append('\n');
                menu(out, entry.menu(), false);
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void links(
            StringBuilder out, String heading, String cssClass, List<CaseStudyPage.Link> links) {
        if (links.isEmpty()) {
            return;
        }
        out.append("<h2>").append(heading).append("</h2>\n<ul class=\"").append(cssClass);
        out.append("\">\n");
        for (CaseStudyPage.Link link : links) {
            out.append("<li>");
            link(out, link, null);
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void statements(
            StringBuilder out,
            String heading,
            String cssClass,
            List<CaseStudyPage.Outcome> statements) {
        if (statements.isEmpty()) {
            return;
        }
        out.append("<h2>")
                .append(heading)
                .append("</h2>\n<ul class=\"")
                .append(cssClass)
                .append("\">\n");
        for (CaseStudyPage.Outcome statement : statements) {
            out.append("<li>");
            if (statement.figure() != null) {
                out.append("<strong class=\"toolkit-figure\">")
                        .append(Encode.forHtml(statement.figure()))
                        .append("</strong> ");
            }
            out.append(Encode.forHtml(statement.text()));
            cites(out, statement.cites());
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void today(StringBuilder out, CaseStudyPage.Today today) {
        out.append(
                        "<section class=\"toolkit-today\""
                                + " aria-labelledby=\"toolkit-today-heading\">\n"
                                + "<h2 id=\"toolkit-today-heading\">If you did this today</h2>\n"
                                + "<p class=\"toolkit-today-date\">")
                .append(Encode.forHtml(today.date()))
                .append("</p>\n<p>")
                .append(Encode.forHtml(today.setting()));
        cites(out, today.settingCites());
        out.append("</p>\n");
        if (today.hasRoutes()) {
            out.append("<dl class=\"toolkit-today-routes\">\n");
            for (CaseStudyPage.TodayRoute route : today.routes()) {
                out.append("<div class=\"toolkit-fact\"><dt>")
                        .append(Encode.forHtml(route.label()))
                        .append("</dt><dd>\n<p>Then: ")
                        .append(Encode.forHtml(route.then()))
                        .append("</p>\n<p>")
                        .append(Encode.forHtml("Now: " + route.now()))
                        .append("</p>\n<p>")
                        .append(Encode.forHtml(route.changed()));
                cites(out, route.cites());
                out.append("</p>\n");
                if (route.unconfirmed()) {
                    out.append(
                            "<p class=\"toolkit-unconfirmed\"><strong>Not confirmed by a"
                                    + " source.</strong>");
                    if (route.caveat() != null) {
                        out.append(' ').append(Encode.forHtml(route.caveat()));
                    }
                    out.append("</p>\n");
                } else if (route.caveat() != null) {
                    out.append("<p class=\"toolkit-caveat\">")
                            .append(Encode.forHtml(route.caveat()))
                            .append("</p>\n");
                }
                out.append("</dd></div>\n");
            }
            out.append("</dl>\n");
        }
        if (today.transition() != null) {
            out.append("<p>").append(Encode.forHtml(today.transition()));
            cites(out, today.transitionCites());
            out.append("</p>\n");
        }
        if (today.hasSources()) {
            out.append(
                    "<h3>Sources of this panel</h3>\n"
                            + "<ol class=\"toolkit-sources toolkit-today-sources\">\n");
            for (CaseStudyPage.SourceLink source : today.sources()) {
                out.append("<li id=\"").append(source.anchor()).append("\">");
                link(out, source.link(), null);
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("</section>\n");
    }

    private static void cites(StringBuilder out, CaseStudyPage.Cites cites) {
        if (!cites.any()) {
            return;
        }
        out.append(" <sup class=\"toolkit-cite\">[");
        for (CaseStudyPage.Cite cite : cites.list()) {
            out.append(cite.separator())
                    .append("<a href=\"#")
                    .append(cite.anchor())
                    .append("\"><span class=\"toolkit-visually-hidden\">")
                    .append(cite.name())
                    .append(" </span>")
                    .append(cite.number())
                    .append("</a>");
        }
        out.append("]</sup>");
    }

    private static void pager(StringBuilder out, CaseStudyPage.Link link, String rel) {
        out.append("<a href=\"")
                .append(Encode.forHtmlAttribute(link.href()))
                .append("\" rel=\"")
                .append(rel)
                .append("\" class=\"toolkit-pager-link\">")
                .append(Encode.forHtml(link.label()))
                .append("</a></div>\n");
    }

    private static void icon(StringBuilder out, String name) {
        out.append(
                        "<svg class=\"toolkit-icon\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">")
                .append("<use href=\"#toolkit-icon-")
                .append(name)
                .append("\"></use></svg> ");
    }

    private static void link(StringBuilder out, CaseStudyPage.Link link, String cssClass) {
        link(out, link.href(), link.label(), link.external(), cssClass);
    }

    private static void link(
            StringBuilder out, String href, String label, boolean external, String cssClass) {
        out.append("<a href=\"").append(Encode.forHtmlAttribute(href)).append('"');
        if (external) {
            out.append(" rel=\"noopener noreferrer\"");
        }
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(Encode.forHtml(label)).append("</a>");
    }
}
