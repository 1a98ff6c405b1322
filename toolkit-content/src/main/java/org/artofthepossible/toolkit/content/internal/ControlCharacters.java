package org.artofthepossible.toolkit.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.artofthepossible.toolkit.validation.ControlCharacter;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * Finds control characters in content text: C0 controls other than tab, line feed and carriage
 * return, DEL, and C1 controls. None belongs in a page, and written raw they can be mistaken for
 * markup or rewrite a terminal that prints them; YAML and JSON escapes ({@code "\0"}, {@code
 * "\u0000"}) produce them too, so parsed values are checked, not only raw bytes.
 */
final class ControlCharacters {
    private ControlCharacters() {}

    /**
     * Checks every field name and text value of a tree.
     *
     * @param tree the parsed fields
     * @return an error for each field holding a control character
     */
    static List<Diagnostic> check(LocatedTree tree) {
        var found = new ArrayList<Diagnostic>();
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", tree.root()));
        while (!pending.isEmpty()) {
            var next = pending.pop();
            String path = next.getKey();
            JsonNode node = next.getValue();
            if (node.isTextual()) {
                int at = firstForbidden(node.textValue());
                if (at >= 0) {
                    found.add(error(node.textValue().charAt(at), path, tree.locationOf(path)));
                }
            } else if (node.isObject()) {
                node.properties()
                        .forEach(
                                e -> {
                                    String child =
                                            path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                                    if (firstForbidden(e.getKey()) >= 0) {
                                        found.add(
                                                error(
                                                        e.getKey()
                                                                .charAt(firstForbidden(e.getKey())),
                                                        child,
                                                        tree.locationOf(child)));
                                    } else {
                                        pending.push(Map.entry(child, e.getValue()));
                                    }
                                });
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(path + "[" + i + "]", node.get(i)));
                }
            }
        }
        return found;
    }

    /**
     * Checks a Markdown body, reporting each line that holds a control character.
     *
     * @param body the body
     * @param file the file
     * @param firstLine the file line the body starts on
     * @return an error for each such line
     */
    static List<Diagnostic> checkBody(String body, String file, int firstLine) {
        var found = new ArrayList<Diagnostic>();
        int line = firstLine;
        int lineStart = 0;
        boolean reported = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                reported = false;
            } else if (!reported && ControlCharacter.isForbidden(c)) {
                found.add(error(c, "body", SourceLocation.of(file, line, i - lineStart + 1)));
                reported = true;
            }
        }
        return found;
    }

    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ControlCharacter.isForbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Diagnostic error(char c, String field, SourceLocation where) {
        return Diagnostic.error(
                        DiagnosticCodes.CONTROL_CHARACTER,
                        String.format(
                                "holds the control character U+%04X, which text may not contain;"
                                        + " remove it",
                                (int) c))
                .withLocation(where)
                .withField(field);
    }
}
