package org.artofthepossible.toolkit.render.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.CitedText;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.Contract;
import org.artofthepossible.toolkit.model.DisputedFact;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.Link;
import org.artofthepossible.toolkit.model.LocalizedText;
import org.artofthepossible.toolkit.model.ModelDocument;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.Outcome;
import org.artofthepossible.toolkit.model.RouteToday;
import org.artofthepossible.toolkit.model.Source;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.TodaysLaw;
import org.artofthepossible.toolkit.model.Video;
import org.artofthepossible.toolkit.model.Vocabulary;

/** The markup of one item: its heading, facts, body, related items and sources. */
final class ItemMarkup {
    // Opening tags of constant attributes, written once per theme (see Markup.Tag).
    private static final Markup.Tag CHECKLIST = new Markup.Tag("ul", "class", "toolkit-checklist");
    private static final Markup.Tag FACTS = new Markup.Tag("dl", "class", "toolkit-facts");
    private static final Markup.Tag FACT = new Markup.Tag("div", "class", "toolkit-fact");
    private static final Markup.Tag CITE = new Markup.Tag("sup", "class", "toolkit-cite");
    private static final Markup.Tag FRAGMENT_LINK = Markup.Tag.endingWith("a", "href");
    private static final Markup.Tag ANCHORED_ITEM = Markup.Tag.endingWith("li", "id");
    private static final Markup.Tag PASSAGE = Markup.Tag.endingWith("p", "lang");
    private static final Markup.Tag TODAY =
            new Markup.Tag(
                    "section",
                    "class",
                    "toolkit-today",
                    "aria-labelledby",
                    "toolkit-today-heading");
    private static final Markup.Tag TODAY_ROUTES =
            new Markup.Tag("dl", "class", "toolkit-today-routes");
    private static final Markup.Tag UNCONFIRMED =
            new Markup.Tag("p", "class", "toolkit-unconfirmed");
    private static final Markup.Tag CAVEAT = new Markup.Tag("p", "class", "toolkit-caveat");
    private static final Markup.Tag TODAY_SOURCES =
            new Markup.Tag("ol", "class", "toolkit-sources toolkit-today-sources");
    private static final Markup.Tag DISPUTED = new Markup.Tag("div", "class", "toolkit-disputed");
    private static final Markup.Tag VIDEOS = new Markup.Tag("ul", "class", "toolkit-videos");
    private static final Markup.Tag TRANSCRIPT =
            new Markup.Tag("details", "class", "toolkit-transcript");
    private static final Markup.Tag DOCUMENT_LINK =
            new Markup.Tag("p", "class", "toolkit-document-link");
    private static final Markup.Tag RELATED = new Markup.Tag("ul", "class", "toolkit-related");
    private static final Markup.Tag LINKS = new Markup.Tag("ul", "class", "toolkit-links");
    private static final Markup.Tag SOURCES = new Markup.Tag("ol", "class", "toolkit-sources");
    private static final Markup.Tag HIDDEN_HEADING =
            new Markup.Tag("h2", "class", "toolkit-visually-hidden");
    private static final Markup.Tag HIDDEN_TEXT =
            new Markup.Tag("span", "class", "toolkit-visually-hidden");
    private static final Markup.Tag META = new Markup.Tag("p", "class", "toolkit-meta");
    private static final Markup.Tag INFERRED = new Markup.Tag("em", "class", "toolkit-inferred");

    /** The start of the ids of a case study's sources, and of the law's, which citations link. */
    private static final String SOURCE_ANCHOR = "toolkit-source-";

    private static final String LAW_ANCHOR = "toolkit-law-source-";

    /** Field paths with a label of their own, for disputed facts. */
    private static final Map<String, String> FIELD_LABELS =
            Map.of(
                    "contract.value", "value",
                    "contract.startYear", "startYear",
                    "contract.termYears", "term",
                    "commissioners", "commissioners",
                    "partners", "partners",
                    "place", "place");

    private ItemMarkup() {}

    static void write(Markup html, PageContext page, ContentItem item) {
        html.open(
                        "article",
                        "class",
                        "toolkit-item toolkit-" + item.type().id(),
                        "lang",
                        page.locale().toLanguageTag())
                .nl();
        // The page's labels are in the reader's language; the item's own text may be a fallback's.
        String lang = page.lang(item);
        // Whole pages tell a static export's Pagefind their title, summary and terms; a fragment
        // in a host's page leaves the host's own search alone.
        boolean whole = page.options.mode() == RenderOptions.Mode.DOCUMENT;
        html.element("h1", item.title(), "data-pagefind-meta", whole ? "title" : null, "lang", lang)
                .nl();
        page.contentLanguageNotice(html, lang);
        if (!item.summary().isBlank()) {
            html.element(
                            "p",
                            item.summary(),
                            "class",
                            "toolkit-summary",
                            "data-pagefind-meta",
                            whole ? "summary" : null,
                            "lang",
                            lang)
                    .nl();
        }
        if (whole) {
            searchFilters(html, page, item);
        }
        if (item instanceof CaseStudy study) {
            caseStudyFacts(html, page, study);
        } else if (item instanceof ModelDocument document) {
            documentFacts(html, page, document);
        } else if (item instanceof Faq faq) {
            faqFacts(html, page, faq);
        }
        body(html, page, item.metadata().body().markdown(), lang);
        if (item instanceof CaseStudy study) {
            statements(html, page, study, "context", study.context());
            statements(html, page, study, "outcomes", study.outcomes());
            page.toolkit.info().law().ifPresent(law -> today(html, page, study, law));
            videos(html, page, study.videos(), page.lang(study));
        }
        if (item instanceof ModelDocument document && !document.checklist().isEmpty()) {
            html.element("h2", page.labels.get("checklist")).nl();
            html.open(CHECKLIST).nl();
            document.checklist().forEach(entry -> html.element("li", entry, "lang", lang).nl());
            html.close("ul").nl();
        }
        if (item instanceof Faq) {
            QuestionMarkup.askBox(html, page);
        }
        related(html, page, item);
        links(html, page, item.metadata().links(), lang);
        sources(html, page, item.metadata().sources(), lang);
        html.close("article").nl();
    }

    /**
     * The item's terms as Pagefind filters, named by their vocabulary's label, for the search of a
     * static export; empty elements, so they add nothing a reader sees or a search finds as text.
     */
    private static void searchFilters(Markup html, PageContext page, ContentItem item) {
        for (TermRef ref : item.terms().all()) {
            String label = page.termLabel(ref.vocabulary(), ref.term());
            html.open(
                            "span",
                            "data-pagefind-filter",
                            page.vocabularyLabel(ref.vocabulary()) + "[data-term]",
                            "data-term",
                            label)
                    .close("span");
        }
        if (!item.terms().isEmpty()) {
            html.nl();
        }
    }

    private static void caseStudyFacts(Markup html, PageContext page, CaseStudy study) {
        html.element(HIDDEN_HEADING, page.labels.get("facts")).nl();
        html.open(FACTS).nl();
        organisations(html, page, study, "commissioners", study.commissioners());
        organisations(html, page, study, "partners", study.partners());
        study.place()
                .ifPresent(
                        place -> {
                            html.open(FACT).element("dt", page.labels.get("place")).open("dd");
                            PageContext.text(html, place.name(), page.lang(study));
                            List<String> regions = study.regions();
                            for (String region : regions) {
                                html.text(", ");
                                page.term(html, Vocabulary.REGION, region);
                            }
                            // A region's nation is its parent term, in the reader's language;
                            // the content's own text for the nation only stands in without one.
                            Optional<String> nation =
                                    regions.isEmpty()
                                            ? Optional.empty()
                                            : page.toolkit
                                                    .term(Vocabulary.REGION, regions.get(0))
                                                    .flatMap(t -> t.parent());
                            if (nation.isPresent()) {
                                html.text(", ");
                                page.term(html, Vocabulary.REGION, nation.get());
                            } else if (regions.isEmpty()) {
                                place.nation()
                                        .ifPresent(
                                                n -> {
                                                    html.text(", ");
                                                    PageContext.text(html, n, page.lang(study));
                                                });
                            }
                            html.close("dd").close("div").nl();
                        });
        List<String> routes = study.procurementRoutes();
        if (!routes.isEmpty()) {
            html.open(FACT).element("dt", page.labels.get("routes")).open("dd").open("ul").nl();
            for (String route : routes) {
                html.open("li");
                page.term(html, Vocabulary.PROCUREMENT_ROUTE, route);
                html.close("li").nl();
            }
            html.close("ul");
            inferredNote(html, page, study.isInferred("terms.procurement-route"));
            html.close("dd").close("div").nl();
        }
        contract(html, page, study);
        List<String> themes = study.terms().in(Vocabulary.THEME);
        if (!themes.isEmpty()) {
            termsFact(html, page, page.labels.get("themes"), Vocabulary.THEME, themes);
        }
        html.close("dl").nl();
        disputed(html, page, study);
    }

    private static void organisations(
            Markup html,
            PageContext page,
            CaseStudy study,
            String key,
            List<Organisation> organisations) {
        boolean inferred = study.isInferred(key);
        if (organisations.isEmpty() && !inferred) {
            return;
        }
        html.open(FACT).element("dt", page.labels.get(key)).open("dd");
        if (!organisations.isEmpty()) {
            html.open("ul").nl();
            for (Organisation organisation : organisations) {
                html.open("li");
                String lang = page.lang(study);
                if (organisation.url().isPresent()) {
                    html.link(organisation.url().get(), organisation.name(), "lang", lang);
                } else {
                    PageContext.text(html, organisation.name(), lang);
                }
                html.text(" (");
                page.term(html, Vocabulary.ORGANISATION_KIND, organisation.kind());
                html.text(")");
                organisation
                        .role()
                        .ifPresent(
                                role -> {
                                    html.text(": ");
                                    PageContext.text(html, role, lang);
                                });
                cites(html, page, study, organisation.cites());
                html.close("li").nl();
            }
            html.close("ul");
        }
        inferredNote(html, page, inferred);
        html.close("dd").close("div").nl();
    }

    private static void contract(Markup html, PageContext page, CaseStudy study) {
        Contract contract = study.contract();
        if (contract.startYear().isPresent()) {
            contractFact(
                    html,
                    page,
                    study,
                    Contract.START_YEAR,
                    Integer.toString(contract.startYear().getAsInt()));
        }
        if (contract.termYears().isPresent()) {
            contractFact(
                    html,
                    page,
                    study,
                    Contract.TERM_YEARS,
                    page.labels.format("termYears", contract.termYears().getAsInt()));
        }
        contract.value()
                .ifPresent(
                        value ->
                                contractFact(html, page, study, Contract.VALUE, page.money(value)));
        contract.note()
                .ifPresent(
                        note ->
                                html.open(FACT)
                                        .element("dt", page.labels.get("note"))
                                        .open("dd")
                                        .then(() -> PageContext.text(html, note, page.lang(study)))
                                        .then(
                                                () ->
                                                        cites(
                                                                html,
                                                                page,
                                                                study,
                                                                contract.cites(Contract.NOTE)))
                                        .close("dd")
                                        .close("div")
                                        .nl());
    }

    /** A figure of the contract as firmly as its sources state it, with their numbers. */
    private static void contractFact(
            Markup html, PageContext page, CaseStudy study, String field, String figure) {
        Contract contract = study.contract();
        String shown =
                contract.qualifier(field)
                        .map(q -> page.labels.format("qualifier." + q.id(), figure))
                        .orElse(figure);
        html.open(FACT)
                .element("dt", page.labels.get(FIELD_LABELS.get("contract." + field)))
                .open("dd")
                .text(shown);
        cites(html, page, study, contract.cites(field));
        inferredNote(html, page, study.isInferred("contract." + field));
        html.close("dd").close("div").nl();
    }

    /**
     * The numbers of the sources a fact cites, each a link to the source in the item's list: a
     * reader checks a figure against its source in one click.
     */
    private static void cites(Markup html, PageContext page, CaseStudy study, List<String> ids) {
        String name = null;
        for (String id : ids) {
            OptionalInt found = study.metadata().sourceNumber(id);
            if (found.isPresent()) {
                String number = Integer.toString(found.getAsInt());
                name = cite(html, page, "citeSource", name, "#" + SOURCE_ANCHOR + id, number);
            }
        }
        if (name != null) {
            html.text("]").close("sup");
        }
    }

    /**
     * One of a fact's source numbers, a link to its anchor with a name for screen readers; the
     * first opens the brackets, which the caller closes once it has written any.
     *
     * @param label the key of the name's label
     * @param name the name as the last number of this fact wrote it, or null for the first
     * @param fragment the link to the source's anchor
     * @return the name, for the next number
     */
    private static String cite(
            Markup html,
            PageContext page,
            String label,
            String name,
            String fragment,
            String number) {
        String written = name;
        if (written == null) {
            written = page.labels.get(label) + " ";
            html.text(" ").open(CITE).text("[");
        } else {
            html.text(", ");
        }
        html.open(FRAGMENT_LINK, fragment).element(HIDDEN_TEXT, written).text(number).close("a");
        return written;
    }

    private static String sourceAnchor(String sourceId) {
        return SOURCE_ANCHOR + sourceId;
    }

    /**
     * The panel "If you did this today": what each of the case study's routes would be under the
     * law in force now, dated, with the rule for procurements begun under the old law and the law's
     * own numbered sources (L1, L2, ...), apart from the case study's.
     */
    private static void today(Markup html, PageContext page, CaseStudy study, TodaysLaw law) {
        var routes = new ArrayList<Map.Entry<String, RouteToday>>();
        for (String route : study.procurementRoutes()) {
            law.route(route).ifPresent(r -> routes.add(Map.entry(route, r)));
        }
        Optional<CitedText> regional = regionLaw(page, study, law);
        CitedText setting = regional.orElse(law.summary());
        // A region with rules of its own has its own transitions, which its text states.
        Optional<CitedText> transition =
                regional.isPresent() ? Optional.empty() : Optional.of(law.transition());
        // The panel numbers only the sources it cites, in the order it first cites them.
        var cited = new ArrayList<String>();
        collectLawSources(law, setting.cites(), cited);
        for (Map.Entry<String, RouteToday> route : routes) {
            collectLawSources(law, route.getValue().cites(), cited);
        }
        transition.ifPresent(t -> collectLawSources(law, t.cites(), cited));
        Consumer<List<String>> cite = ids -> lawCites(html, page, ids, cited);

        html.open(TODAY).nl();
        html.element("h2", page.labels.get("today"), "id", "toolkit-today-heading").nl();
        html.element(
                        "p",
                        page.labels.format("todayAsOf", page.date(law.asOf())),
                        "class",
                        "toolkit-today-date")
                .nl();
        passage(html, page, setting.text());
        cite.accept(setting.cites());
        html.close("p").nl();
        if (!routes.isEmpty()) {
            html.open(TODAY_ROUTES).nl();
            for (Map.Entry<String, RouteToday> entry : routes) {
                RouteToday route = entry.getValue();
                html.open(FACT)
                        .open("dt")
                        .then(() -> page.term(html, Vocabulary.PROCUREMENT_ROUTE, entry.getKey()))
                        .close("dt")
                        .open("dd")
                        .nl();
                html.open("p").text(page.labels.get("todayThen") + " ");
                inline(html, page, route.then());
                html.close("p").nl();
                html.open("p").text(page.labels.get("todayNow") + " ");
                if (route.now().isEmpty()) {
                    html.text(page.labels.get("todayNoEquivalent"));
                }
                for (int i = 0; i < route.now().size(); i++) {
                    if (i > 0) {
                        html.text("; ");
                    }
                    page.term(html, Vocabulary.PROCEDURE_TODAY, route.now().get(i));
                }
                html.close("p").nl();
                passage(html, page, route.changed());
                cite.accept(route.cites());
                html.close("p").nl();
                if (!route.confirmed()) {
                    html.open(UNCONFIRMED).element("strong", page.labels.get("todayUnconfirmed"));
                    route.caveat()
                            .ifPresent(
                                    c -> {
                                        html.text(" ");
                                        inline(html, page, c);
                                    });
                    html.close("p").nl();
                } else {
                    route.caveat()
                            .ifPresent(
                                    c -> {
                                        html.open(CAVEAT);
                                        inline(html, page, c);
                                        html.close("p").nl();
                                    });
                }
                html.close("dd").close("div").nl();
            }
            html.close("dl").nl();
        }
        transition.ifPresent(
                t -> {
                    passage(html, page, t.text());
                    cite.accept(t.cites());
                    html.close("p").nl();
                });
        if (!cited.isEmpty()) {
            html.element("h3", page.labels.get("todaySources")).nl();
            html.open(TODAY_SOURCES).nl();
            for (String id : cited) {
                Source source = law.source(id).orElseThrow();
                html.open(ANCHORED_ITEM, lawAnchor(id))
                        .link(source.url(), source.label(), "lang", page.toolkitLang())
                        .close("li")
                        .nl();
            }
            html.close("ol").nl();
        }
        html.close("section").nl();
    }

    /**
     * Opens a paragraph of content text, marked with its language when another language's text
     * stands in for the reader's.
     */
    private static void passage(Markup html, PageContext page, LocalizedText text) {
        html.open(PASSAGE, page.lang(text)).text(text.resolve(page.chain));
    }

    /** Content text within a sentence of the page's own language, marked the same way. */
    private static void inline(Markup html, PageContext page, LocalizedText text) {
        PageContext.text(html, text.resolve(page.chain), page.lang(text));
    }

    /** The regime of the region the case study is in, or of a region above it, if it has one. */
    private static Optional<CitedText> regionLaw(PageContext page, CaseStudy study, TodaysLaw law) {
        for (String region : study.regions()) {
            Optional<String> at = Optional.of(region);
            while (at.isPresent()) {
                CitedText text = law.regions().get(at.get());
                if (text != null) {
                    return Optional.of(text);
                }
                at = page.toolkit.term(Vocabulary.REGION, at.get()).flatMap(t -> t.parent());
            }
        }
        return Optional.empty();
    }

    /** Adds the law's sources that {@code ids} name to {@code cited}, each once. */
    private static void collectLawSources(TodaysLaw law, List<String> ids, List<String> cited) {
        for (String id : ids) {
            if (!cited.contains(id) && law.source(id).isPresent()) {
                cited.add(id);
            }
        }
    }

    /** A passage's law sources, numbered L1, L2, ... in the panel's order. */
    private static void lawCites(
            Markup html, PageContext page, List<String> ids, List<String> cited) {
        String name = null;
        for (String id : ids) {
            int index = cited.indexOf(id);
            if (index >= 0) {
                name =
                        cite(
                                html,
                                page,
                                "citeLawSource",
                                name,
                                "#" + LAW_ANCHOR + id,
                                "L" + (index + 1));
            }
        }
        if (name != null) {
            html.text("]").close("sup");
        }
    }

    private static String lawAnchor(String sourceId) {
        return LAW_ANCHOR + sourceId;
    }

    private static void disputed(Markup html, PageContext page, CaseStudy study) {
        List<DisputedFact> facts = study.disputedFacts();
        if (facts.isEmpty()) {
            return;
        }
        html.open(DISPUTED).nl();
        html.element("h2", page.labels.get("disputed")).nl();
        for (DisputedFact fact : facts) {
            String field =
                    Optional.ofNullable(FIELD_LABELS.get(fact.field()))
                            .map(page.labels::get)
                            .orElse(fact.field());
            html.element("p", page.labels.format("disputedField", field)).nl();
            html.open("ul").nl();
            for (DisputedFact.Claim claim : fact.claims()) {
                html.open("li");
                PageContext.text(html, claim.value(), page.lang(study));
                cites(html, page, study, claim.cites());
                html.close("li").nl();
            }
            html.close("ul").nl();
        }
        html.close("div").nl();
    }

    /** The case study's outcomes, or its context: each statement with its figure and sources. */
    private static void statements(
            Markup html, PageContext page, CaseStudy study, String key, List<Outcome> statements) {
        if (statements.isEmpty()) {
            return;
        }
        html.element("h2", page.labels.get(key)).nl();
        html.open("ul", "class", "toolkit-" + key).nl();
        for (Outcome statement : statements) {
            String lang = page.lang(study);
            html.open("li");
            statement
                    .figure()
                    .ifPresent(
                            f ->
                                    html.element(
                                                    "strong",
                                                    f,
                                                    "class",
                                                    "toolkit-figure",
                                                    "lang",
                                                    lang)
                                            .text(" "));
            PageContext.text(html, statement.text(), lang);
            cites(html, page, study, statement.cites());
            html.close("li").nl();
        }
        html.close("ul").nl();
    }

    private static void videos(Markup html, PageContext page, List<Video> videos, String lang) {
        if (videos.isEmpty()) {
            return;
        }
        html.element("h2", page.labels.get("videos")).nl();
        html.open(VIDEOS).nl();
        for (Video video : videos) {
            // A link, not an embedded player: nothing is requested from the video's host until
            // the reader asks by following it. An inline player would need a script, and pages
            // carry none.
            html.open("li");
            page.icon(html, "play");
            html.openLink(videoUrl(video))
                    .then(() -> page.labelled(html, "watch", video.title(), lang))
                    .close("a");
            video.presenter()
                    .ifPresent(
                            p -> {
                                html.text(". ");
                                page.labelled(html, "presenter", p, lang);
                            });
            video.duration()
                    .ifPresent(
                            d ->
                                    html.text(
                                            " ("
                                                    + page.labels.format("duration", d.toMinutes())
                                                    + ")"));
            video.captionsUrl().ifPresent(u -> html.text(" ").link(u, page.labels.get("captions")));
            html.close("li").nl();
            video.transcript()
                    .ifPresent(
                            t ->
                                    html.open(TRANSCRIPT)
                                            .open(ListMarkup.QUESTION_SUMMARY)
                                            .element(
                                                    "span",
                                                    page.labels.get("transcript"),
                                                    "class",
                                                    "toolkit-question-text")
                                            .close("summary")
                                            .open(ListMarkup.ANSWER)
                                            .element("p", t, "lang", lang)
                                            .close("div")
                                            .close("details")
                                            .nl());
        }
        html.close("ul").nl();
    }

    /**
     * Where a video plays: the privacy-enhanced player of its host (YouTube's no-cookie domain,
     * Vimeo with Do Not Track), or the page its reference names.
     */
    static String videoUrl(Video video) {
        if (video.referenceIsUrl()) {
            return video.reference();
        }
        return switch (video.provider()) {
            case "youtube" -> "https://www.youtube-nocookie.com/embed/" + video.reference();
            case "vimeo" -> "https://player.vimeo.com/video/" + video.reference() + "?dnt=1";
            default -> "#";
        };
    }

    private static void documentFacts(Markup html, PageContext page, ModelDocument document) {
        html.open(FACTS).nl();
        termsFact(
                html,
                page,
                page.labels.get("kind"),
                Vocabulary.DOCUMENT_KIND,
                List.of(document.kind()));
        String lang = page.lang(document);
        document.fileFormat().ifPresent(f -> fact(html, page.labels.get("fileFormat"), f, lang));
        document.sizeBytes()
                .ifPresent(
                        s ->
                                fact(
                                        html,
                                        page.labels.get("size"),
                                        page.labels.format("sizeBytes", page.number(s)),
                                        null));
        document.version().ifPresent(v -> fact(html, page.labels.get("version"), v, lang));
        document.licence().ifPresent(l -> fact(html, page.labels.get("licence"), l, lang));
        document.lastReviewed()
                .ifPresent(d -> fact(html, page.labels.get("lastReviewed"), page.date(d), null));
        for (String vocabulary : document.terms().vocabularies()) {
            termsFact(
                    html,
                    page,
                    page.vocabularyLabel(vocabulary),
                    vocabulary,
                    document.terms().in(vocabulary));
        }
        html.close("dl").nl();
        document.location()
                .ifPresent(
                        l ->
                                html.open(DOCUMENT_LINK)
                                        .link(l, page.labels.get("location"))
                                        .close("p")
                                        .nl());
    }

    private static void faqFacts(Markup html, PageContext page, Faq faq) {
        var parts = new ArrayList<String>();
        faq.category().ifPresent(c -> parts.add(page.termLabel(c.vocabulary(), c.term())));
        if (faq.origin() == Faq.Origin.COMMUNITY) {
            parts.add(
                    faq.asked()
                            .map(d -> page.labels.format("askedByCommunity", page.date(d)))
                            .orElse(page.labels.get("askedByCommunityUndated")));
        } else {
            faq.asked().ifPresent(d -> parts.add(page.labels.format("asked", page.date(d))));
        }
        faq.answeredBy().ifPresent(a -> parts.add(page.labels.format("answeredBy", a)));
        if (!parts.isEmpty()) {
            html.element(META, String.join(" · ", parts)).nl();
        }
    }

    private static void related(Markup html, PageContext page, ContentItem item) {
        List<ContentItem> related = page.toolkit.related(item, page.locale());
        if (related.isEmpty()) {
            return;
        }
        html.element("h2", page.labels.get("related")).nl();
        html.open(RELATED).nl();
        related.forEach(
                r ->
                        html.open("li")
                                .link(page.links.href(r), r.title(), "lang", page.lang(r))
                                .close("li")
                                .nl());
        html.close("ul").nl();
    }

    /** The item's links to other web pages, such as the original of a summarised answer. */
    private static void links(Markup html, PageContext page, List<Link> links, String lang) {
        if (links.isEmpty()) {
            return;
        }
        html.element("h2", page.labels.get("links")).nl();
        html.open(LINKS).nl();
        links.forEach(l -> html.open("li").link(l.url(), l.label(), "lang", lang).close("li").nl());
        html.close("ul").nl();
    }

    /** The sources, numbered as facts cite them, each the target of its citations. */
    private static void sources(Markup html, PageContext page, List<Source> sources, String lang) {
        if (sources.isEmpty()) {
            return;
        }
        html.element("h2", page.labels.get("sources")).nl();
        html.open(SOURCES).nl();
        sources.forEach(
                s ->
                        html.open(ANCHORED_ITEM, sourceAnchor(s.id()))
                                .link(s.url(), s.label(), "lang", lang)
                                .close("li")
                                .nl());
        html.close("ol").nl();
    }

    /** A fact whose value is terms of one vocabulary, each label in the reader's language. */
    private static void termsFact(
            Markup html, PageContext page, String label, String vocabulary, List<String> terms) {
        html.open(FACT).element("dt", label).open("dd");
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                html.text(", ");
            }
            page.term(html, vocabulary, terms.get(i));
        }
        html.close("dd").close("div").nl();
    }

    /**
     * A fact whose value is in the language {@code lang} names, when not the page's (else null).
     */
    private static void fact(Markup html, String term, String value, String lang) {
        html.open(FACT).element("dt", term).element("dd", value, "lang", lang).close("div").nl();
    }

    /** Markdown, in a wrapper that themes can style as body text. */
    static void body(Markup html, PageContext page, String markdown, String lang) {
        if (!markdown.isBlank()) {
            html.open("div", "class", "toolkit-body", "lang", lang)
                    .nl()
                    .trusted(page.markdown(markdown))
                    .close("div")
                    .nl();
        }
    }

    private static void inferredNote(Markup html, PageContext page, boolean inferred) {
        if (inferred) {
            html.text(" ").element(INFERRED, page.labels.get("inferred"));
        }
    }
}
