package org.artofthepossible.toolkit.test;

import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.Source;
import org.artofthepossible.toolkit.model.TermRef;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one item. */
public final class ItemAssert extends AbstractAssert<ItemAssert, ContentItem> {
    ItemAssert(ContentItem actual) {
        super(actual, ItemAssert.class);
    }

    /**
     * Checks the item carries a term.
     *
     * @param vocabulary the vocabulary id
     * @param term the term id
     * @return this assertion
     */
    public ItemAssert hasTerm(String vocabulary, String term) {
        isNotNull();
        if (!actual.terms().contains(TermRef.of(vocabulary, term))) {
            failWithMessage(
                    "Expected %s '%s' to have term %s:%s, but its terms are %s",
                    actual.type().id(), actual.id(), vocabulary, term, actual.terms().all());
        }
        return this;
    }

    /**
     * Checks the item has some text: a summary or a body.
     *
     * @return this assertion
     */
    public ItemAssert hasText() {
        isNotNull();
        if (actual.summary().isBlank() && actual.metadata().body().isBlank()) {
            failWithMessage(
                    "Expected %s '%s' to have a summary or a body, but it has neither",
                    actual.type().id(), actual.id());
        }
        return this;
    }

    /**
     * Checks the item names at least one source.
     *
     * @return this assertion
     */
    public ItemAssert hasSources() {
        isNotNull();
        if (actual.metadata().sources().isEmpty()) {
            failWithMessage(
                    "Expected %s '%s' to name its sources, but it has none",
                    actual.type().id(), actual.id());
        }
        return this;
    }

    /**
     * Checks the item names a source with the given URL.
     *
     * @param url the URL
     * @return this assertion
     */
    public ItemAssert hasSource(String url) {
        isNotNull();
        if (actual.metadata().sources().stream().map(Source::url).noneMatch(url::equals)) {
            failWithMessage(
                    "Expected %s '%s' to have source %s, but its sources are %s",
                    actual.type().id(),
                    actual.id(),
                    url,
                    actual.metadata().sources().stream().map(Source::url).toList());
        }
        return this;
    }
}
