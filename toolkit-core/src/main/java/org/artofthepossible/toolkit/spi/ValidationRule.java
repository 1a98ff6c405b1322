package org.artofthepossible.toolkit.spi;

/**
 * Checks loaded content and reports problems. A rule reports every problem it finds, never only the
 * first; an error it reports against an item keeps that item out of the toolkit. An exception
 * thrown by a rule is reported as {@code rule-failed} and does not stop the other rules.
 */
@FunctionalInterface
public interface ValidationRule {

    /**
     * Checks the content.
     *
     * @param context the content and where to report
     */
    void validate(ValidationContext context);
}
