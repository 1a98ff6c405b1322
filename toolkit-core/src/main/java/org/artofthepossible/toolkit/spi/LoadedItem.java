package org.artofthepossible.toolkit.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * An item as a loader read it, with where it came from, so that validation can point at the file,
 * line and column of a field.
 *
 * @param item the item
 * @param location where the item starts
 *     <p>A loader that met errors in an item's file can still hand the item over, made from what
 *     could be read, with those errors as its {@code problems}: validation then runs every rule on
 *     it, so that the author sees every problem of the file at once, and keeps it out of the
 *     snapshot.
 * @param item the item
 * @param location where the item starts
 * @param fieldLocations where individual fields are, by field path (for example {@code
 *     contract.value}); fields not listed are reported at {@code location}
 * @param problems what the loader found wrong with the item; validation reports them with the
 *     item's id, and an error among them keeps the item out
 */
public record LoadedItem(
        ContentItem item,
        SourceLocation location,
        Map<String, SourceLocation> fieldLocations,
        List<Diagnostic> problems) {
    /** Copies the field locations, as a {@link FieldLocations} table, and the problems. */
    public LoadedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
        fieldLocations = FieldLocations.copyOf(fieldLocations);
        problems = List.copyOf(problems);
    }

    /**
     * An item read without problems.
     *
     * @param item the item
     * @param location where the item starts
     * @param fieldLocations where individual fields are, by field path
     */
    public LoadedItem(
            ContentItem item, SourceLocation location, Map<String, SourceLocation> fieldLocations) {
        this(item, location, fieldLocations, List.of());
    }

    /**
     * Tells whether the loader found an error in the item, which keeps it out of the snapshot.
     *
     * @return true when a problem is an error
     */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * An item known only by its file.
     *
     * @param item the item
     * @param location where it starts
     * @return the loaded item
     */
    public static LoadedItem of(ContentItem item, SourceLocation location) {
        return new LoadedItem(item, location, Map.of());
    }

    /**
     * Returns where a field is; when the field's own place is unknown, where the nearest enclosing
     * field is ({@code sources[0]} for {@code sources[0].url}), and failing that where the item is.
     *
     * @param fieldPath the field path
     * @return the best known location
     */
    public SourceLocation locationOf(String fieldPath) {
        String path = fieldPath;
        while (!path.isEmpty()) {
            SourceLocation known = fieldLocations.get(path);
            if (known != null) {
                return known;
            }
            path =
                    path.substring(
                            0, Math.max(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))));
        }
        return location;
    }
}
