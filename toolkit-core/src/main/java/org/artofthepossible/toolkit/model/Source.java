package org.artofthepossible.toolkit.model;

import java.util.Objects;

/**
 * A published work an item's facts come from, which facts cite by its id.
 *
 * @param id a slug, unique among the item's sources, for example {@code lcc-cabinet-2018}; content
 *     that gives none gets {@code s1}, {@code s2}, … by position
 * @param label the work's title as its publisher gives it, for example {@code "Cabinet report, 10
 *     July 2018"}
 * @param url where it can be read
 */
public record Source(String id, String label, String url) {
    /** Checks the parts. */
    public Source {
        Slugs.requireSlug(id, "source id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
    }

    /**
     * Returns the id a source without one gets: {@code s} and its position from 1.
     *
     * @param index the source's position in its item's list, from 0
     * @return the id, for example {@code s1}
     */
    public static String positionalId(int index) {
        return "s" + (index + 1);
    }
}
