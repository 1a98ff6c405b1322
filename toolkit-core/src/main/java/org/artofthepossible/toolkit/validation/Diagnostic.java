package org.artofthepossible.toolkit.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the content.
 *
 * <p>Printed as {@code file:line:column: severity code: message (item id, field path)}, the form
 * editors and CI logs link to.
 *
 * @param severity how bad it is
 * @param code a stable identifier, documented in {@code docs/diagnostics.md}; see {@link
 *     DiagnosticCodes} for the built-in ones
 * @param message what is wrong and, where it helps, how to fix it
 * @param location where it is
 * @param itemId the item it concerns
 * @param field the path of the field it concerns, for example {@code contract.value}
 */
public record Diagnostic(
        Severity severity,
        String code,
        String message,
        Optional<SourceLocation> location,
        Optional<String> itemId,
        Optional<String> field) {

    /** Checks the parts. */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(field, "field");
    }

    /**
     * Creates an error with no location, item or field; add them with the {@code with} methods.
     *
     * @param code the code
     * @param message the message
     * @return the diagnostic
     */
    public static Diagnostic error(String code, String message) {
        return new Diagnostic(
                Severity.ERROR,
                code,
                message,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Creates a warning with no location, item or field; add them with the {@code with} methods.
     *
     * @param code the code
     * @param message the message
     * @return the diagnostic
     */
    public static Diagnostic warning(String code, String message) {
        return new Diagnostic(
                Severity.WARNING,
                code,
                message,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns a copy at the given location.
     *
     * @param where the location
     * @return the new diagnostic
     */
    public Diagnostic withLocation(SourceLocation where) {
        return new Diagnostic(severity, code, message, Optional.of(where), itemId, field);
    }

    /**
     * Returns a copy that names an item.
     *
     * @param id the item id
     * @return the new diagnostic
     */
    public Diagnostic withItem(String id) {
        return new Diagnostic(severity, code, message, location, Optional.of(id), field);
    }

    /**
     * Returns a copy that names a field.
     *
     * @param path the field path
     * @return the new diagnostic
     */
    public Diagnostic withField(String path) {
        return new Diagnostic(severity, code, message, location, itemId, Optional.of(path));
    }

    /**
     * Tells whether this is an error.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Returns the printed form described in the class comment. */
    @Override
    public String toString() {
        var text = new StringBuilder();
        location.ifPresent(l -> text.append(l).append(": "));
        text.append(severity.label()).append(' ').append(code).append(": ").append(message);
        if (itemId.isPresent() || field.isPresent()) {
            text.append(" (");
            itemId.ifPresent(id -> text.append("item ").append(id));
            if (itemId.isPresent() && field.isPresent()) {
                text.append(", ");
            }
            field.ifPresent(f -> text.append("field ").append(f));
            text.append(')');
        }
        return text.toString();
    }
}
