package org.artofthepossible.toolkit.spi;

/**
 * Provides a {@link ValidationRule} that runs after the core rules on every load. Found through
 * {@link java.util.ServiceLoader} or registered on the engine builder.
 */
public interface ValidationRuleProvider {

    /**
     * Names the rule in messages, for example {@code house-style}.
     *
     * @return a slug
     */
    String id();

    /**
     * Creates the rule.
     *
     * @return a thread-safe rule
     */
    ValidationRule create();
}
