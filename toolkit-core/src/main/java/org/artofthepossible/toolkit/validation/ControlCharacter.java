package org.artofthepossible.toolkit.validation;

/**
 * The characters content text may not hold ({@link DiagnosticCodes#CONTROL_CHARACTER}): the C0
 * controls other than tab, line feed and carriage return, DEL, and the C1 controls. Loaders report
 * them, and renderers replace any that a loader let through.
 */
public final class ControlCharacter {
    private ControlCharacter() {}

    /**
     * Tells whether content text may not hold a character.
     *
     * @param c the character
     * @return true for a control other than tab, line feed and carriage return
     */
    public static boolean isForbidden(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
