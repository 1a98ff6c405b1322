package org.artofthepossible.toolkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.LocalizedText;
import org.artofthepossible.toolkit.model.Menu;
import org.artofthepossible.toolkit.model.MenuEntry;
import org.artofthepossible.toolkit.model.ModelDocument;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.Page;
import org.artofthepossible.toolkit.model.Source;
import org.artofthepossible.toolkit.model.Term;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.LoadedItem;

/** A small, valid toolkit in English and Welsh for tests. */
final class Fixtures {
    static final Locale EN = Locale.ENGLISH;
    static final Locale CY = Locale.forLanguageTag("cy");

    private Fixtures() {}

    static ToolkitInfo info() {
        return new ToolkitInfo(
                LocalizedText.of(EN, "Test toolkit").with(CY, "Pecyn prawf"),
                "Test publisher",
                EN,
                List.of(EN, CY),
                Map.of(CY, EN));
    }

    static Vocabulary vocabulary(String id, String... terms) {
        return new Vocabulary(
                id,
                LocalizedText.of(EN, id),
                java.util.Arrays.stream(terms)
                        .map(t -> Term.of(t, LocalizedText.of(EN, t)))
                        .toList());
    }

    static ItemMetadata.Builder meta(String id, String title) {
        return ItemMetadata.builder(id, title).summary("Summary of " + title);
    }

    static CaseStudy study(String id, String title, int order, String route) {
        return CaseStudy.builder(
                        meta(id, title)
                                .order(order)
                                .term(Vocabulary.PROCUREMENT_ROUTE, route)
                                .term(Vocabulary.THEME, "health")
                                .source(new Source("s1", "Source", "https://example.org/" + id))
                                .published(LocalDate.of(2021, 5, 11))
                                .build())
                .partner(
                        new Organisation(
                                "Partner of " + title,
                                "charity",
                                java.util.Optional.empty(),
                                java.util.Optional.empty(),
                                List.of("s1")))
                .build();
    }

    /** Content with three case studies (one also in Welsh), a FAQ, a document, a page, a menu. */
    static LoadedContent.Builder content() {
        return LoadedContent.builder()
                .info(info())
                .vocabulary(vocabulary(Vocabulary.THEME, "health", "children"))
                .vocabulary(
                        vocabulary(
                                Vocabulary.PROCUREMENT_ROUTE,
                                "innovation-partnership",
                                "light-touch-regime",
                                "alliance-contract"))
                .vocabulary(vocabulary(Vocabulary.REGION, "england"))
                .vocabulary(vocabulary(Vocabulary.ORGANISATION_KIND, "charity", "local-authority"))
                .vocabulary(vocabulary(Vocabulary.DOCUMENT_KIND, "checklist"))
                .item(study("oldham", "Oldham", 2, "innovation-partnership"))
                .item(study("leicestershire", "Leicestershire", 1, "light-touch-regime"))
                .item(study("plymouth", "Plymouth", 3, "alliance-contract"))
                .item(
                        new CaseStudy(
                                meta("oldham", "Oldham (cy)").locale(CY).order(2).build(),
                                List.of(),
                                List.of(),
                                java.util.Optional.empty(),
                                org.artofthepossible.toolkit.model.Contract.unknown(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of()))
                .item(Faq.of(meta("why-partner", "Why partner?").body("Because.").build()))
                .item(
                        ModelDocument.of(
                                meta("imperatives", "Social value imperatives").build(),
                                "checklist"))
                .item(Page.of(meta("introduction", "Introduction").related("oldham").build()))
                .menu(
                        new Menu(
                                List.of(
                                        MenuEntry.toItem(
                                                LocalizedText.of(EN, "Introduction"),
                                                "introduction"),
                                        MenuEntry.toUrl(
                                                LocalizedText.of(EN, "E3M"),
                                                "https://e3m.org.uk/"))));
    }

    /** The content of {@link #content()} with its FAQ replaced by another of the same id. */
    static LoadedContent contentWithFaq(ItemMetadata.Builder faq) {
        LoadedContent content = content().build();
        List<LoadedItem> items =
                content.items().stream()
                        .map(
                                i ->
                                        i.item().id().equals("why-partner")
                                                ? LoadedItem.of(Faq.of(faq.build()), i.location())
                                                : i)
                        .toList();
        return new LoadedContent(
                content.info(),
                content.vocabularies(),
                content.menu(),
                items,
                content.diagnostics());
    }

    static Toolkit toolkit() {
        LoadResult result = Toolkit.load(content().build());
        if (!result.diagnostics().isEmpty()) {
            throw new AssertionError("fixture content is not clean: " + result.diagnostics());
        }
        return result.toolkit();
    }
}
