package org.artofthepossible.toolkit.validation;

import java.util.Locale;

/** How bad a {@link Diagnostic} is. */
public enum Severity {
    /** The item it names is kept out of the toolkit; a reload with errors is not applied. */
    ERROR,
    /** Worth fixing; the content is used as it is. */
    WARNING;

    /**
     * Returns the lower-case name used in printed diagnostics.
     *
     * @return {@code error} or {@code warning}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
