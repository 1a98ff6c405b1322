package org.artofthepossible.toolkit.test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Assertions on rendered HTML. */
public final class HtmlAssert extends AbstractAssert<HtmlAssert, String> {
    HtmlAssert(String actual) {
        super(actual, HtmlAssert.class);
    }

    /**
     * Checks the markup keeps to {@link HtmlSafety}'s allow-list. The failure lists every problem.
     *
     * @return this assertion
     */
    public HtmlAssert hasNoUnsafeMarkup() {
        isNotNull();
        List<String> problems = HtmlSafety.problems(actual);
        if (!problems.isEmpty()) {
            failWithMessage(
                    "Expected markup without unsafe parts, but found %d:%n  %s",
                    problems.size(), String.join("\n  ", problems));
        }
        return this;
    }

    /**
     * Checks every link has an accessible name (its text, an {@code aria-label}, or an image's
     * {@code alt}), and that links with the same name lead to the same place, so that a list of
     * links read out of context makes sense.
     *
     * @return this assertion
     */
    public HtmlAssert hasAccessibleLinkNames() {
        isNotNull();
        var problems = new ArrayList<String>();
        Map<String, String> hrefByName = new HashMap<>();
        for (Element link : Jsoup.parse(actual).select("a[href]")) {
            String name = accessibleName(link);
            String href = link.attr("href");
            if (name.isBlank()) {
                problems.add("a link to " + href + " has no accessible name");
                continue;
            }
            String earlier = hrefByName.putIfAbsent(name, href);
            if (earlier != null && !earlier.equals(href)) {
                problems.add(
                        "links named \"" + name + "\" lead to both " + earlier + " and " + href);
            }
        }
        if (!problems.isEmpty()) {
            failWithMessage(
                    "Expected links with accessible, distinct names, but:%n  %s",
                    String.join("\n  ", problems));
        }
        return this;
    }

    private static String accessibleName(Element link) {
        if (!link.attr("aria-label").isBlank()) {
            return link.attr("aria-label").strip();
        }
        var name = new StringBuilder(link.text());
        link.select("img[alt]").forEach(img -> name.append(' ').append(img.attr("alt")));
        return name.toString().strip();
    }
}
