package org.artofthepossible.toolkit.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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
        check(tree.root(), new StringBuilder(), tree, found);
        return found;
    }

    /**
     * Checks a node whose field path is {@code path}, which is made a string only for a node found
     * at fault: a path per node of every file was most of what checking allocated. The depth is
     * bounded by the tree's nesting limit.
     */
    private static void check(
            JsonNode node, StringBuilder path, LocatedTree tree, List<Diagnostic> found) {
        int length = path.length();
        if (node.isTextual()) {
            int at = firstForbidden(node.textValue());
            if (at >= 0) {
                found.add(error(node.textValue().charAt(at), path.toString(), tree));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                path.append(length == 0 ? "" : ".").append(name);
                int at = firstForbidden(name);
                if (at >= 0) {
                    found.add(error(name.charAt(at), path.toString(), tree));
                } else {
                    check(field.getValue(), path, tree, found);
                }
                path.setLength(length);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.append('[').append(i).append(']');
                check(node.get(i), path, tree, found);
                path.setLength(length);
            }
        }
    }

    private static Diagnostic error(char c, String field, LocatedTree tree) {
        return error(c, field, tree.locationOf(field));
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
