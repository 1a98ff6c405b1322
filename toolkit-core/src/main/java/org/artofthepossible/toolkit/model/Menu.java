package org.artofthepossible.toolkit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The toolkit menu, an ordered tree of entries, and the links of every page's footer.
 *
 * @param entries the top-level entries, in order
 * @param footer the footer's links, such as a contact page or the publisher's social media
 *     accounts, in order; entries of the same kind as the menu's
 */
public record Menu(List<MenuEntry> entries, List<MenuEntry> footer) {
    private static final Menu EMPTY = new Menu(List.of());

    /**
     * Creates a menu whose pages' footers link nothing of the content's.
     *
     * @param entries the top-level entries, in order
     */
    public Menu(List<MenuEntry> entries) {
        this(entries, List.of());
    }

    /** Copies the entries. */
    public Menu {
        entries = List.copyOf(entries);
        footer = List.copyOf(footer);
    }

    /**
     * Returns a menu with no entries.
     *
     * @return the empty menu
     */
    public static Menu empty() {
        return EMPTY;
    }

    /**
     * Returns every entry of the tree, depth first, parents before their children, then the
     * footer's, so that a check of where entries lead covers both.
     *
     * @return all entries
     */
    public List<MenuEntry> flatten() {
        var all = new ArrayList<MenuEntry>();
        collect(entries, all);
        collect(footer, all);
        return List.copyOf(all);
    }

    private static void collect(List<MenuEntry> level, List<MenuEntry> into) {
        for (MenuEntry entry : level) {
            into.add(entry);
            collect(entry.children(), into);
        }
    }
}
