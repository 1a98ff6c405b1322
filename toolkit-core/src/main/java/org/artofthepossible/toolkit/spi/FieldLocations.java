package org.artofthepossible.toolkit.spi;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * Where the fields of an item are, by field path ({@code partners[0].kind}): an unmodifiable map
 * ordered by path, kept as a table of paths, lines and columns rather than as a map of location
 * objects. A loaded item keeps one for as long as the content is loaded, and a loader makes one for
 * every file, so its size counts at a hundred thousand items: {@link #get} makes the {@link
 * SourceLocation} it returns.
 *
 * <p>Loaders fill a {@link #builder()}; {@link LoadedItem} turns any other map into one.
 */
public final class FieldLocations extends AbstractMap<String, SourceLocation> {
    private static final FieldLocations EMPTY =
            new FieldLocations(new String[0], new String[0], new int[0], new int[0]);

    private final String[] paths;
    private final String[] sources;
    private final int[] lines;
    private final int[] columns;

    private FieldLocations(String[] paths, String[] sources, int[] lines, int[] columns) {
        this.paths = paths;
        this.sources = sources;
        this.lines = lines;
        this.columns = columns;
    }

    /**
     * Starts an empty table.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The locations of a map, as a table; a table is returned as it is.
     *
     * @param locations by field path; no null keys or values
     * @return the table
     */
    public static FieldLocations copyOf(Map<String, SourceLocation> locations) {
        if (locations instanceof FieldLocations table) {
            return table;
        }
        return new Builder().putAll(locations).build();
    }

    @Override
    public SourceLocation get(Object path) {
        int at = indexOf(path);
        return at < 0 ? null : location(at);
    }

    @Override
    public boolean containsKey(Object path) {
        return indexOf(path) >= 0;
    }

    @Override
    public int size() {
        return paths.length;
    }

    @Override
    public Set<Map.Entry<String, SourceLocation>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, SourceLocation>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < paths.length;
                    }

                    @Override
                    public Map.Entry<String, SourceLocation> next() {
                        if (next >= paths.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(paths[at], location(at));
                    }
                };
            }

            @Override
            public int size() {
                return paths.length;
            }
        };
    }

    private int indexOf(Object path) {
        return path instanceof String name ? Arrays.binarySearch(paths, name) : -1;
    }

    private SourceLocation location(int at) {
        return new SourceLocation(sources[at], lines[at], columns[at]);
    }

    /** Collects locations; a path put twice keeps its last location. Not thread-safe. */
    public static final class Builder {
        // Room for the fields of a case study, which has most.
        private String[] paths = new String[64];
        private String[] sources = new String[64];
        private int[] lines = new int[64];
        private int[] columns = new int[64];
        private int size;

        private Builder() {}

        /**
         * Adds a location.
         *
         * @param path the field path
         * @param location where the field is
         * @return this builder
         */
        public Builder put(String path, SourceLocation location) {
            return put(path, location.source(), location.line(), location.column());
        }

        /**
         * Adds every location of a map.
         *
         * @param locations by field path; no null keys or values
         * @return this builder
         */
        public Builder putAll(Map<String, SourceLocation> locations) {
            if (locations instanceof FieldLocations table) {
                for (int i = 0; i < table.paths.length; i++) {
                    put(table.paths[i], table.sources[i], table.lines[i], table.columns[i]);
                }
            } else {
                locations.forEach(this::put);
            }
            return this;
        }

        /**
         * Adds a location without making a {@link SourceLocation} for it.
         *
         * @param path the field path
         * @param source the file, as {@link SourceLocation#source()}
         * @param line the 1-based line, or 0 when unknown
         * @param column the 1-based column, or 0 when unknown
         * @return this builder
         * @throws IllegalArgumentException for a line or column {@link SourceLocation} refuses
         */
        public Builder put(String path, String source, int line, int column) {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(source, "source");
            if (line < 0 || column < 0 || (line == 0 && column != 0)) {
                SourceLocation.of(source, line, column); // refuses them, in its own words
            }
            if (size == paths.length) {
                int capacity = 2 * size;
                paths = Arrays.copyOf(paths, capacity);
                sources = Arrays.copyOf(sources, capacity);
                lines = Arrays.copyOf(lines, capacity);
                columns = Arrays.copyOf(columns, capacity);
            }
            paths[size] = path;
            sources[size] = source;
            lines[size] = line;
            columns[size] = column;
            size++;
            return this;
        }

        /**
         * Makes the table; the builder may go on to make another.
         *
         * @return the locations put, ordered by path
         */
        public FieldLocations build() {
            if (size == 0) {
                return EMPTY;
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // Stable: of a path put twice, the last put sorts last and is kept.
            Arrays.sort(order, Comparator.comparing((Integer i) -> paths[i]));
            int kept = 0;
            var table =
                    new FieldLocations(
                            new String[size], new String[size], new int[size], new int[size]);
            for (int o = 0; o < size; o++) {
                int i = order[o];
                if (o + 1 < size && paths[order[o + 1]].equals(paths[i])) {
                    continue;
                }
                table.paths[kept] = paths[i];
                table.sources[kept] = sources[i];
                table.lines[kept] = lines[i];
                table.columns[kept] = columns[i];
                kept++;
            }
            return kept == size
                    ? table
                    : new FieldLocations(
                            Arrays.copyOf(table.paths, kept),
                            Arrays.copyOf(table.sources, kept),
                            Arrays.copyOf(table.lines, kept),
                            Arrays.copyOf(table.columns, kept));
        }
    }
}
