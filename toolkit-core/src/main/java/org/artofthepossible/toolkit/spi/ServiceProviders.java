package org.artofthepossible.toolkit.spi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Reads every provider a {@link ServiceLoader} finds, leaving out those that fail to load (a
 * missing class, a constructor that throws) instead of stopping at the first: one broken jar must
 * not hide the plugins of the others. The engine finds its plugins this way; a plugin with an
 * extension point of its own can too.
 *
 * <p>Create the loader in the module that declares {@code uses} for the service, as the module
 * system requires, and hand it over.
 */
public final class ServiceProviders {
    /** After this many failures, the loader is not asked for more: its class path is broken. */
    public static final int MAX_FAILURES = 100;

    private ServiceProviders() {}

    /**
     * Returns every provider that loads, in the loader's order.
     *
     * @param loader the loader
     * @param failed told of each provider that fails to load
     * @param <P> the service type
     * @return the providers that loaded
     */
    public static <P> List<P> loadAll(
            ServiceLoader<P> loader, Consumer<ServiceConfigurationError> failed) {
        var found = new ArrayList<P>();
        Iterator<P> iterator = loader.iterator();
        for (int failures = 0; failures < MAX_FAILURES; ) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                found.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                failures++;
                failed.accept(e);
            }
        }
        return found;
    }
}
