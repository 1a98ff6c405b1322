package org.artofthepossible.toolkit.spi;

import java.util.Set;

/**
 * Provides a {@link ContentLoader} for one file format. Found through {@link
 * java.util.ServiceLoader} ({@code META-INF/services} or {@code provides} in {@code
 * module-info.java}) or registered on the engine builder.
 */
public interface ContentLoaderProvider {

    /**
     * Names the format, for example {@code markdown}.
     *
     * @return a slug
     */
    String format();

    /**
     * Returns the file extensions this loader takes, lower case without the dot.
     *
     * @return for example {@code [md]}
     */
    Set<String> extensions();

    /**
     * Creates the loader.
     *
     * @param context the limits in force
     * @return a thread-safe loader
     */
    ContentLoader create(LoaderContext context);
}
