package org.artofthepossible.toolkit.render.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.Contract;
import org.artofthepossible.toolkit.model.DisputedFact;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Link;
import org.artofthepossible.toolkit.model.LocalizedText;
import org.artofthepossible.toolkit.model.Menu;
import org.artofthepossible.toolkit.model.MenuEntry;
import org.artofthepossible.toolkit.model.ModelDocument;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.Outcome;
import org.artofthepossible.toolkit.model.Page;
import org.artofthepossible.toolkit.model.Place;
import org.artofthepossible.toolkit.model.Qualifier;
import org.artofthepossible.toolkit.model.Source;
import org.artofthepossible.toolkit.model.Term;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.model.Video;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.LoadedContent;

/**
 * Toolkit content with a hostile input in every field, for the XSS matrix and the browser tests.
 */
public final class XssContent {
    private static final Locale EN = Locale.ENGLISH;
    private static final String SAFE_URL = "https://example.org/";

    private XssContent() {}

    private static LocalizedText text(String value) {
        return LocalizedText.of(EN, value);
    }

    private static Vocabulary vocabulary(String id, String term, String label) {
        return new Vocabulary(id, text(label), List.of(Term.of(term, text(label))));
    }

    /**
     * Content in which every free text is {@code evil}, and so is every URL a renderer can meet.
     */
    public static LoadedContent of(String evil) {
        String body =
                evil
                        + "\n\n[a link]("
                        + evil
                        + ") ![an image]("
                        + evil
                        + ") <"
                        + evil
                        + ">\n\n"
                        + evil;
        ItemMetadata.Builder meta =
                ItemMetadata.builder("study", evil)
                        .summary(evil)
                        .body(body)
                        .term(Vocabulary.THEME, "theme")
                        .term(Vocabulary.PROCUREMENT_ROUTE, "route")
                        .source(new Source("s1", evil, SAFE_URL))
                        .link(Link.of(evil, SAFE_URL))
                        .related("page");
        CaseStudy study =
                CaseStudy.builder(meta.build())
                        .commissioner(
                                new Organisation(
                                        evil,
                                        "kind",
                                        Optional.of(SAFE_URL),
                                        Optional.of(evil),
                                        List.of("s1")))
                        .partner(
                                new Organisation(evil, "kind", Optional.empty(), Optional.of(evil)))
                        .place(new Place(evil, Optional.of("region"), Optional.of(evil)))
                        .contract(
                                new Contract(
                                        OptionalInt.of(2020),
                                        OptionalInt.of(3),
                                        Optional.empty(),
                                        Optional.of(evil),
                                        Map.of(Contract.TERM_YEARS, Qualifier.ABOUT),
                                        Map.of(
                                                Contract.TERM_YEARS,
                                                List.of("s1"),
                                                Contract.NOTE,
                                                List.of("s1"))))
                        .outcome(new Outcome(evil, Optional.of(evil), List.of("s1")))
                        .context(new Outcome(evil, Optional.of(evil), List.of("s1")))
                        .video(
                                new Video(
                                        "vimeo",
                                        "123",
                                        evil,
                                        Optional.of(evil),
                                        Optional.empty(),
                                        Optional.of(SAFE_URL),
                                        Optional.of(evil)))
                        .disputedFact(
                                new DisputedFact(
                                        evil,
                                        List.of(
                                                new DisputedFact.Claim(evil, List.of("s1")),
                                                new DisputedFact.Claim(evil, List.of("s1")))))
                        .inferred("commissioners")
                        .build();
        Faq faq =
                new Faq(
                        ItemMetadata.builder("question", evil).summary(evil).body(body).build(),
                        Optional.of(TermRef.of(Vocabulary.FAQ_CATEGORY, "category")),
                        Optional.empty(),
                        Optional.of(evil),
                        Faq.Origin.COMMUNITY);
        ModelDocument document =
                new ModelDocument(
                        ItemMetadata.builder("document", evil).summary(evil).body(body).build(),
                        "document-kind",
                        Optional.of(evil),
                        OptionalLong.of(1234),
                        Optional.of(evil),
                        Optional.of(evil),
                        Optional.empty(),
                        Optional.of(SAFE_URL),
                        List.of(evil, evil));
        Page page = Page.of(ItemMetadata.builder("page", evil).summary(evil).body(body).build());
        // URL fields the validator checks: an item holding a refused one is kept out, and must
        // then not appear at all; one the policy allows must be rendered safely.
        Page linked =
                Page.of(
                        ItemMetadata.builder("linked", evil)
                                .link(Link.of(evil, evil))
                                .source(new Source("s1", evil, evil))
                                .build());
        return LoadedContent.builder()
                .info(ToolkitInfo.of(evil, evil, EN))
                .vocabulary(vocabulary(Vocabulary.THEME, "theme", evil))
                .vocabulary(vocabulary(Vocabulary.PROCUREMENT_ROUTE, "route", evil))
                .vocabulary(vocabulary(Vocabulary.REGION, "region", evil))
                .vocabulary(vocabulary(Vocabulary.ORGANISATION_KIND, "kind", evil))
                .vocabulary(vocabulary(Vocabulary.DOCUMENT_KIND, "document-kind", evil))
                .vocabulary(vocabulary(Vocabulary.FAQ_CATEGORY, "category", evil))
                .item(study)
                .item(faq)
                .item(document)
                .item(page)
                .item(linked)
                .menu(
                        new Menu(
                                List.of(
                                        MenuEntry.toItem(text(evil), "page"),
                                        MenuEntry.toUrl(text(evil), evil),
                                        MenuEntry.toList(text(evil), ItemType.CASE_STUDY))))
                .build();
    }
}
