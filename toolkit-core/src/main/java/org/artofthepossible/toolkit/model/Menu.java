package org.artofthepossible.toolkit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The toolkit menu: an ordered tree of entries.
 *
 * @param entries the top-level entries, in order
 */
public record Menu(List<MenuEntry> entries) {
    private static final Menu EMPTY = new Menu(List.of());

    /** Copies the entries. */
    public Menu {
        entries = List.copyOf(entries);
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
     * Returns every entry of the tree, depth first, parents before their children.
     *
     * @return all entries
     */
    public List<MenuEntry> flatten() {
        var all = new ArrayList<MenuEntry>();
        collect(entries, all);
        return List.copyOf(all);
    }

    private static void collect(List<MenuEntry> level, List<MenuEntry> into) {
        for (MenuEntry entry : level) {
            into.add(entry);
            collect(entry.children(), into);
        }
    }
}
