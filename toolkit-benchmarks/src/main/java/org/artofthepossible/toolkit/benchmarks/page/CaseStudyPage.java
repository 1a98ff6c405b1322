package org.artofthepossible.toolkit.benchmarks.page;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.CitedText;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.Contract;
import org.artofthepossible.toolkit.model.DisputedFact;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.MenuEntry;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.RouteToday;
import org.artofthepossible.toolkit.model.Term;
import org.artofthepossible.toolkit.model.TodaysLaw;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.render.html.internal.Icons;
import org.artofthepossible.toolkit.validation.UrlPolicy;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * What the baselines of {@code HtmlPageBenchmark} write for one case study: the strings of its page
 * in English, derived from the snapshot on every render as the html renderer derives them (term
 * labels, links, the Markdown body), so that the baselines do the same work up to the markup.
 *
 * <p>It covers what the benchmarked case study has; {@code CaseStudyPageTest} checks that both
 * baselines write exactly the bytes the html renderer writes. Labels are English literals, as a
 * hand-written page would have them.
 */
public record CaseStudyPage(
        String lang,
        String title,
        String toolkitTitle,
        String summary,
        String publisher,
        List<MenuLink> menu,
        Link list,
        String typeClass,
        List<SearchFilter> searchFilters,
        List<Fact> facts,
        List<Dispute> disputes,
        String bodyHtml,
        List<Outcome> context,
        List<Outcome> outcomes,
        List<VideoLink> videos,
        List<Link> related,
        List<Link> links,
        List<SourceLink> sources,
        Today today,
        Link previous,
        Link next,
        List<FooterLink> footer,
        String sprite) {

    /** A link of the footer, with the name of the icon beside its label, or null. */
    public record FooterLink(Link link, String icon) {}

    /** A term as a Pagefind filter: the vocabulary's label and the term's. */
    public record SearchFilter(String name, String value) {}

    /** A link whose URL passed the toolkit's URL policy; external links carry {@code rel}. */
    public record Link(String href, String label, boolean external) {
        static Link to(String url, String label) {
            String href = UrlPolicy.isAllowed(url) ? url : "#";
            return new Link(href, label, href.startsWith("http:") || href.startsWith("https:"));
        }
    }

    /**
     * A menu entry and its children, named {@code menu} as the page's are, for one recursive
     * template.
     */
    public record MenuLink(Link link, String current, List<MenuLink> menu) {
        public boolean hasChildren() {
            return !menu.isEmpty();
        }
    }

    /** A fact: its label and either one text with its citations or a list of entries. */
    public record Fact(String label, String text, Cites cites, List<Entry> items) {
        public boolean isList() {
            return text == null;
        }
    }

    /** An entry of a list fact, with its citations. */
    public record Entry(String text, Cites cites) {}

    /** The numbers of the sources a fact cites, each a link to the source in the list. */
    public record Cites(List<Cite> list) {
        public boolean any() {
            return !list.isEmpty();
        }
    }

    /** One cited source: what separates it from the one before, its anchor and its number. */
    public record Cite(String separator, String anchor, String name, String number) {}

    /** The panel "If you did this today", or null when the content states no law. */
    public record Today(
            String date,
            String setting,
            Cites settingCites,
            List<TodayRoute> routes,
            String transition,
            Cites transitionCites,
            List<SourceLink> sources) {
        public boolean hasRoutes() {
            return !routes.isEmpty();
        }

        public boolean hasSources() {
            return !sources.isEmpty();
        }
    }

    /** A route of the panel: what it was, what it would be now, what changed. */
    public record TodayRoute(
            String label,
            String then,
            String now,
            String changed,
            Cites cites,
            boolean unconfirmed,
            String caveat) {
        public boolean confirmedWithCaveat() {
            return !unconfirmed && caveat != null;
        }
    }

    /** A source in the numbered list, with the anchor its citations link to. */
    public record SourceLink(String anchor, Link link) {}

    /** A fact the sources disagree on. */
    public record Dispute(String field, List<Claim> claims) {}

    /** One source's value of a disputed fact. */
    public record Claim(String value, Cites cites) {}

    /** An outcome or a fact of the context, with its figure or null. */
    public record Outcome(String figure, String text, Cites cites) {}

    /** A video link and who presents it. */
    public record VideoLink(Link link, String presenter) {}

    public boolean hasSearchFilters() {
        return !searchFilters.isEmpty();
    }

    public boolean hasDisputes() {
        return !disputes.isEmpty();
    }

    public boolean hasBody() {
        return !bodyHtml.isEmpty();
    }

    public boolean hasContext() {
        return !context.isEmpty();
    }

    public boolean hasOutcomes() {
        return !outcomes.isEmpty();
    }

    public boolean hasVideos() {
        return !videos.isEmpty();
    }

    public boolean hasRelated() {
        return !related.isEmpty();
    }

    public boolean hasLinks() {
        return !links.isEmpty();
    }

    public boolean hasSources() {
        return !sources.isEmpty();
    }

    private static final Locale EN = Locale.ENGLISH;
    private static final Cites NONE = new Cites(List.of());
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);
    private static final Map<String, String> FIELD_LABELS =
            Map.of(
                    "contract.value", "Value",
                    "contract.startYear", "Start",
                    "contract.termYears", "Term",
                    "commissioners", "Commissioners",
                    "partners", "Partners",
                    "place", "Place");
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_HTML =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /**
     * Derives the page of a case study.
     *
     * @param toolkit the snapshot
     * @param study the case study
     * @return its page's strings
     */
    public static CaseStudyPage of(Toolkit toolkit, CaseStudy study) {
        List<Locale> chain = toolkit.fallbackChain(EN);
        LinkResolver links = LinkResolver.CLEAN_URLS;
        var facts = new ArrayList<Fact>();
        organisations(toolkit, chain, study, facts, "Commissioners", study.commissioners());
        organisations(toolkit, chain, study, facts, "Partners", study.partners());
        study.place()
                .ifPresent(
                        place -> {
                            var text = new StringBuilder(place.name());
                            for (String region : study.regions()) {
                                text.append(", ")
                                        .append(label(toolkit, chain, Vocabulary.REGION, region));
                            }
                            place.nation()
                                    .filter(n -> !text.toString().contains(n))
                                    .ifPresent(n -> text.append(", ").append(n));
                            facts.add(new Fact("Place", text.toString(), NONE, List.of()));
                        });
        var routes = new ArrayList<Entry>();
        for (String route : study.procurementRoutes()) {
            routes.add(new Entry(label(toolkit, chain, Vocabulary.PROCUREMENT_ROUTE, route), NONE));
        }
        if (!routes.isEmpty()) {
            facts.add(new Fact("Procurement route", null, NONE, routes));
        }
        var contract = study.contract();
        contract.startYear()
                .ifPresent(
                        y ->
                                facts.add(
                                        figure(
                                                study,
                                                "Start",
                                                Contract.START_YEAR,
                                                Integer.toString(y))));
        contract.termYears()
                .ifPresent(
                        y ->
                                facts.add(
                                        figure(
                                                study,
                                                "Term",
                                                Contract.TERM_YEARS,
                                                y == 1 ? "1 year" : y + " years")));
        contract.note()
                .ifPresent(
                        n ->
                                facts.add(
                                        new Fact(
                                                "Note",
                                                n,
                                                cites(study, contract.cites(Contract.NOTE)),
                                                List.of())));
        List<String> themes = study.terms().in(Vocabulary.THEME);
        if (!themes.isEmpty()) {
            var labels = new ArrayList<String>();
            themes.forEach(t -> labels.add(label(toolkit, chain, Vocabulary.THEME, t)));
            facts.add(new Fact("Themes", String.join(", ", labels), NONE, List.of()));
        }
        var disputes = new ArrayList<Dispute>();
        for (DisputedFact fact : study.disputedFacts()) {
            var claims = new ArrayList<Claim>();
            for (DisputedFact.Claim claim : fact.claims()) {
                claims.add(new Claim(claim.value(), cites(study, claim.cites())));
            }
            String field = FIELD_LABELS.getOrDefault(fact.field(), fact.field());
            disputes.add(new Dispute(field, claims));
        }
        String markdown = study.metadata().body().markdown();
        String body = markdown.isBlank() ? "" : MARKDOWN_HTML.render(MARKDOWN.parse(markdown));
        var context = statements(study, study.context());
        var outcomes = statements(study, study.outcomes());
        var videos =
                study.videos().stream()
                        .map(
                                v ->
                                        new VideoLink(
                                                Link.to(v.reference(), "Watch: " + v.title()),
                                                v.presenter().orElse(null)))
                        .toList();
        var related =
                toolkit.related(study, EN).stream()
                        .map(r -> Link.to(links.href(r), r.title()))
                        .toList();
        var sources =
                study.metadata().sources().stream()
                        .map(s -> new SourceLink(anchor(s.id()), Link.to(s.url(), s.label())))
                        .toList();
        Today today =
                toolkit.info().law().map(law -> today(toolkit, chain, study, law)).orElse(null);
        Link previous =
                toolkit.previous(study, EN).map(p -> pager(links, "Previous", p)).orElse(null);
        Link next = toolkit.next(study, EN).map(n -> pager(links, "Next", n)).orElse(null);
        List<FooterLink> footer = footer(toolkit, chain);
        return new CaseStudyPage(
                study.locale().toLanguageTag(),
                study.title(),
                toolkit.info().title().resolve(chain),
                study.summary(),
                toolkit.info().publisher(),
                menu(toolkit, chain, toolkit.menu().entries()),
                Link.to(links.listHref(ItemType.CASE_STUDY), "Case studies"),
                "toolkit-item toolkit-" + study.type().id(),
                study.terms().all().stream()
                        .map(
                                ref ->
                                        new SearchFilter(
                                                toolkit.vocabulary(ref.vocabulary())
                                                                .orElseThrow()
                                                                .label()
                                                                .resolve(chain)
                                                        + "[data-term]",
                                                label(
                                                        toolkit,
                                                        chain,
                                                        ref.vocabulary(),
                                                        ref.term())))
                        .toList(),
                facts,
                disputes,
                body,
                context,
                outcomes,
                videos,
                related,
                study.metadata().links().stream().map(l -> Link.to(l.url(), l.label())).toList(),
                sources,
                today,
                previous,
                next,
                footer,
                sprite(!videos.isEmpty(), previous != null, next != null, footer));
    }

    /** The accessibility statement, the menu and the content's own footer links. */
    private static List<FooterLink> footer(Toolkit toolkit, List<Locale> chain) {
        var footer = new ArrayList<FooterLink>();
        if (toolkit.info().accessibility().isPresent()) {
            footer.add(new FooterLink(Link.to("/accessibility/", "Accessibility"), null));
        }
        footer.add(new FooterLink(Link.to("/menu/", "Toolkit menu"), null));
        for (MenuEntry entry : toolkit.menu().footer()) {
            footer.add(
                    new FooterLink(
                            Link.to(href(toolkit, entry), entry.label().resolve(chain)),
                            entry.icon().orElse(null)));
        }
        return footer;
    }

    /**
     * The symbols of the icons the page shows, in the order it first shows them, as the html
     * renderer writes them before {@code </body>}.
     */
    private static String sprite(
            boolean videos, boolean previous, boolean next, List<FooterLink> footer) {
        var sprite =
                new StringBuilder(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"toolkit-sprite\""
                                + " width=\"0\" height=\"0\" aria-hidden=\"true\""
                                + " focusable=\"false\">");
        if (videos) {
            sprite.append(Icons.symbol("play"));
        }
        if (previous) {
            sprite.append(Icons.symbol("arrow-left"));
        }
        if (next) {
            sprite.append(Icons.symbol("arrow-right"));
        }
        sprite.append(Icons.symbol("menu"));
        footer.stream()
                .map(FooterLink::icon)
                .filter(icon -> icon != null && !icon.equals("menu"))
                .distinct()
                .forEach(icon -> sprite.append(Icons.symbol(icon)));
        return sprite.append("</svg>\n").toString();
    }

    private static Today today(
            Toolkit toolkit, List<Locale> chain, CaseStudy study, TodaysLaw law) {
        var routes = new ArrayList<Map.Entry<String, RouteToday>>();
        for (String route : study.procurementRoutes()) {
            law.route(route).ifPresent(r -> routes.add(Map.entry(route, r)));
        }
        CitedText regional = null;
        for (String region : study.regions()) {
            for (Optional<String> at = Optional.of(region);
                    at.isPresent() && regional == null;
                    at = toolkit.term(Vocabulary.REGION, at.get()).flatMap(Term::parent)) {
                regional = law.regions().get(at.get());
            }
        }
        CitedText setting = regional != null ? regional : law.summary();
        CitedText transition = regional != null ? null : law.transition();
        var cited = new ArrayList<String>();
        for (String id : setting.cites()) {
            addOnce(cited, id);
        }
        routes.forEach(r -> r.getValue().cites().forEach(id -> addOnce(cited, id)));
        if (transition != null) {
            transition.cites().forEach(id -> addOnce(cited, id));
        }
        cited.removeIf(id -> law.source(id).isEmpty());
        var todayRoutes = new ArrayList<TodayRoute>();
        for (Map.Entry<String, RouteToday> entry : routes) {
            RouteToday route = entry.getValue();
            String now =
                    route.now().isEmpty()
                            ? "no equivalent"
                            : String.join(
                                    "; ",
                                    route.now().stream()
                                            .map(
                                                    t ->
                                                            label(
                                                                    toolkit,
                                                                    chain,
                                                                    Vocabulary.PROCEDURE_TODAY,
                                                                    t))
                                            .toList());
            todayRoutes.add(
                    new TodayRoute(
                            label(toolkit, chain, Vocabulary.PROCUREMENT_ROUTE, entry.getKey()),
                            route.then().resolve(chain),
                            now,
                            route.changed().resolve(chain),
                            lawCites(cited, route.cites()),
                            !route.confirmed(),
                            route.caveat().map(c -> c.resolve(chain)).orElse(null)));
        }
        var sources = new ArrayList<SourceLink>();
        for (String id : cited) {
            law.source(id)
                    .ifPresent(
                            s ->
                                    sources.add(
                                            new SourceLink(
                                                    "toolkit-law-source-" + id,
                                                    Link.to(s.url(), s.label()))));
        }
        return new Today(
                "The law as at " + DATE.format(law.asOf()),
                setting.text().resolve(chain),
                lawCites(cited, setting.cites()),
                todayRoutes,
                transition == null ? null : transition.text().resolve(chain),
                transition == null ? NONE : lawCites(cited, transition.cites()),
                sources);
    }

    private static void addOnce(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    private static Cites lawCites(List<String> cited, List<String> ids) {
        var list = new ArrayList<Cite>();
        for (String id : ids) {
            if (cited.contains(id)) {
                list.add(
                        new Cite(
                                list.isEmpty() ? "" : ", ",
                                "toolkit-law-source-" + id,
                                "Law source",
                                "L" + (cited.indexOf(id) + 1)));
            }
        }
        return new Cites(list);
    }

    private static Link pager(LinkResolver links, String label, ContentItem item) {
        return Link.to(links.href(item), label + ": " + item.title());
    }

    private static String href(Toolkit toolkit, MenuEntry entry) {
        return entry.url()
                .or(() -> entry.list().map(LinkResolver.CLEAN_URLS::listHref))
                .or(() -> toolkit.target(entry, EN).map(LinkResolver.CLEAN_URLS::href))
                .orElseThrow();
    }

    private static List<MenuLink> menu(
            Toolkit toolkit, List<Locale> chain, List<MenuEntry> entries) {
        var menu = new ArrayList<MenuLink>();
        for (MenuEntry entry : entries) {
            menu.add(
                    new MenuLink(
                            Link.to(href(toolkit, entry), entry.label().resolve(chain)),
                            // The page is a case study: its list's entry marks the section.
                            entry.list().equals(Optional.of(ItemType.CASE_STUDY)) ? "true" : null,
                            menu(toolkit, chain, entry.children())));
        }
        return menu;
    }

    private static void organisations(
            Toolkit toolkit,
            List<Locale> chain,
            CaseStudy study,
            List<Fact> facts,
            String label,
            List<Organisation> organisations) {
        if (organisations.isEmpty()) {
            return;
        }
        var items = new ArrayList<Entry>();
        for (Organisation organisation : organisations) {
            String text =
                    organisation.name()
                            + " ("
                            + label(
                                    toolkit,
                                    chain,
                                    Vocabulary.ORGANISATION_KIND,
                                    organisation.kind())
                            + ")";
            items.add(
                    new Entry(
                            organisation.role().map(r -> text + ": " + r).orElse(text),
                            cites(study, organisation.cites())));
        }
        facts.add(new Fact(label, null, NONE, items));
    }

    /** A contract figure as firmly as its sources state it, with their numbers. */
    private static Fact figure(CaseStudy study, String label, String field, String figure) {
        Contract contract = study.contract();
        String shown =
                contract.qualifier(field)
                        .map(
                                q ->
                                        switch (q) {
                                            case UP_TO -> "up to " + figure;
                                            case ABOUT -> "about " + figure;
                                            case AT_LEAST -> "at least " + figure;
                                            case PLANNED -> figure + " (planned)";
                                            case ESTIMATE -> figure + " (estimate)";
                                        })
                        .orElse(figure);
        return new Fact(label, shown, cites(study, contract.cites(field)), List.of());
    }

    private static List<Outcome> statements(
            CaseStudy study, List<org.artofthepossible.toolkit.model.Outcome> statements) {
        return statements.stream()
                .map(o -> new Outcome(o.figure().orElse(null), o.text(), cites(study, o.cites())))
                .toList();
    }

    private static Cites cites(CaseStudy study, List<String> ids) {
        var list = new ArrayList<Cite>();
        for (String id : ids) {
            OptionalInt number = study.metadata().sourceNumber(id);
            if (number.isPresent()) {
                list.add(
                        new Cite(
                                list.isEmpty() ? "" : ", ",
                                anchor(id),
                                "Source",
                                Integer.toString(number.getAsInt())));
            }
        }
        return new Cites(list);
    }

    private static String anchor(String sourceId) {
        return "toolkit-source-" + sourceId;
    }

    private static String label(
            Toolkit toolkit, List<Locale> chain, String vocabulary, String term) {
        return toolkit.term(vocabulary, term).map(t -> t.label().resolve(chain)).orElse(term);
    }
}
