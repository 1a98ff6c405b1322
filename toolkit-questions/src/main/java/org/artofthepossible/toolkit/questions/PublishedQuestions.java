package org.artofthepossible.toolkit.questions;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.LoadedItem;
import org.artofthepossible.toolkit.spi.SourceContext;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * The published questions of a store, as FAQ items: add it to an engine beside the toolkit's own
 * content, and each reload brings in what moderators have published since, validated and rendered
 * as every other item.
 *
 * <pre>{@code
 * ToolkitEngine engine = ToolkitEngine.builder()
 *         .source(BundledToolkit.source())
 *         .source(new PublishedQuestions(store))
 *         .build();
 * }</pre>
 *
 * <p>Each becomes the FAQ {@code community-q-7kd3} (its reference, lower case): the question is the
 * title, the answer the body, the topic the visitor chose its theme, in the FAQ category given (a
 * term of {@value Vocabulary#FAQ_CATEGORY} the content declares, such as the bundled toolkit's
 * {@code community-questions}) or none, dated the day it was asked, with who answered, and {@link
 * Faq.Origin#COMMUNITY}, in the toolkit's default locale (an item in another needs one in the
 * default locale, which a question has not). The asker's name and email address are never read.
 * When the store cannot be reached, a reload keeps the questions read last and warns {@value
 * #STORE_UNAVAILABLE}.
 */
public final class PublishedQuestions implements ContentSource {
    /** The warning of a reload that could not reach the store. */
    public static final String STORE_UNAVAILABLE = "question-store-unavailable";

    private final QuestionStore store;
    private final Optional<TermRef> category;
    private final AtomicReference<List<LoadedItem>> lastRead = new AtomicReference<>(List.of());

    /**
     * Creates the source, with the questions in no FAQ category.
     *
     * @param store where the questions are
     */
    public PublishedQuestions(QuestionStore store) {
        this(store, Optional.empty());
    }

    /**
     * Creates the source, with every question in an FAQ category.
     *
     * @param store where the questions are
     * @param category a term of {@value Vocabulary#FAQ_CATEGORY} the content declares; one it does
     *     not declare keeps every question out, as an unknown term keeps any item out
     */
    public PublishedQuestions(QuestionStore store, Optional<String> category) {
        this.store = Objects.requireNonNull(store, "store");
        this.category = category.map(term -> TermRef.of(Vocabulary.FAQ_CATEGORY, term));
    }

    /**
     * Returns the id of the FAQ item a question becomes.
     *
     * @param question the question
     * @return for example {@code community-q-7kd3}
     */
    public static String itemId(Question question) {
        return "community-" + question.reference().toLowerCase(Locale.ROOT);
    }

    @Override
    public String name() {
        return "published questions in the " + store;
    }

    @Override
    public LoadedContent load(SourceContext context) {
        List<Question> published;
        try {
            published = store.list(Optional.of(QuestionState.PUBLISHED));
        } catch (QuestionStoreException e) {
            var kept =
                    LoadedContent.builder()
                            .diagnostic(
                                    Diagnostic.warning(
                                                    STORE_UNAVAILABLE,
                                                    "the published questions could not be read,"
                                                            + " so the last ones read are kept: "
                                                            + e.getMessage())
                                            .withLocation(SourceLocation.of(name())));
            lastRead.get().forEach(kept::item);
            return kept.build();
        }
        Locale locale = context.defaultLocale();
        List<LoadedItem> items = published.stream().map(q -> item(q, locale)).toList();
        lastRead.set(items);
        var content = LoadedContent.builder();
        items.forEach(content::item);
        return content.build();
    }

    private LoadedItem item(Question question, Locale locale) {
        Question.Answer answer = question.answer().orElseThrow();
        var metadata =
                ItemMetadata.builder(
                                itemId(question), question.text().strip().replaceAll("\\s+", " "))
                        .locale(locale)
                        .body(answer.markdown())
                        .published(answer.at().atOffset(ZoneOffset.UTC).toLocalDate());
        question.topic().ifPresent(t -> metadata.term(t.vocabulary(), t.term()));
        var faq =
                new Faq(
                        metadata.build(),
                        category,
                        Optional.of(question.received().atOffset(ZoneOffset.UTC).toLocalDate()),
                        Optional.of(answer.by()),
                        Faq.Origin.COMMUNITY);
        return LoadedItem.of(faq, SourceLocation.of(name() + ": " + question.reference()));
    }
}
