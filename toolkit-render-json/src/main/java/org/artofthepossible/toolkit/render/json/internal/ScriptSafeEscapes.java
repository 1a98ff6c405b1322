package org.artofthepossible.toolkit.render.json.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Escapes for JSON that is placed inside an HTML {@code <script>} element: {@code <}, {@code >} and
 * {@code &} become {@code \\u003c}, {@code \\u003e} and {@code \\u0026}, so no {@code </script>} or
 * {@code <!--} can end or change the element, and U+2028 and U+2029 are escaped for older
 * JavaScript parsers. The JSON means exactly the same.
 */
final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
        ASCII['<'] = ESCAPE_STANDARD;
        ASCII['>'] = ESCAPE_STANDARD;
        ASCII['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch == 0x2028) {
            return new SerializedString("\\u2028");
        }
        if (ch == 0x2029) {
            return new SerializedString("\\u2029");
        }
        return null;
    }
}
