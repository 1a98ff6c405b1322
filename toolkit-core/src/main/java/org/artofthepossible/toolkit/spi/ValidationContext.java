package org.artofthepossible.toolkit.spi;

import java.util.List;
import java.util.Optional;
import org.artofthepossible.toolkit.model.Menu;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.validation.Diagnostic;

/** What a {@link ValidationRule} sees and where it reports. */
public interface ValidationContext {

    /**
     * Returns the toolkit description.
     *
     * @return the description
     */
    ToolkitInfo info();

    /**
     * Returns every loaded item in load order, including duplicates and items other rules found
     * errors in.
     *
     * @return the items
     */
    List<LoadedItem> items();

    /**
     * Finds a vocabulary.
     *
     * @param id the vocabulary id
     * @return the vocabulary, or empty when the content declares none with that id
     */
    Optional<Vocabulary> vocabulary(String id);

    /**
     * Returns the menu.
     *
     * @return the menu, possibly empty
     */
    Menu menu();

    /**
     * Reports a problem with one item. The diagnostic is given the item's id and the location of
     * the field (or of the item); an error keeps this item, and no other, out of the toolkit.
     *
     * @param item the item
     * @param field the field path, for example {@code summary}
     * @param diagnostic the problem, as made by {@link Diagnostic#error} or {@link
     *     Diagnostic#warning}
     */
    void report(LoadedItem item, String field, Diagnostic diagnostic);

    /**
     * Reports a problem that concerns no single item, such as a menu entry.
     *
     * @param diagnostic the problem
     */
    void report(Diagnostic diagnostic);
}
