package org.artofthepossible.toolkit.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.spi.ContentFile;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;

/**
 * Lets an item file be written in the canonical JSON of the {@code json} renderer (see {@code
 * docs/json.md}), so that what the library writes it can read back: the {@code type}, {@code id}
 * and {@code locale} it repeats must agree with the file's folder and name, and terms written as
 * {@code {id, label}} objects stand for their ids.
 */
final class CanonicalItems {
    private CanonicalItems() {}

    static LocatedTree accept(LocatedTree tree, ContentFile file, List<Diagnostic> problems) {
        if (!tree.root().has("type") && !tree.root().has("id") && !tree.root().has("locale")) {
            return tree; // an ordinary content file
        }
        ObjectNode root = ((ObjectNode) tree.root()).deepCopy();
        ItemType type = file.itemType().orElseThrow();
        agree(tree, root, "type", type.id(), "the folder " + type.plural() + "/", problems);
        agree(tree, root, "id", file.id(), "the file name", problems);
        agree(tree, root, "locale", file.locale().toLanguageTag(), "the file name", problems);
        JsonNode terms = root.path("terms");
        terms.forEach(list -> flattenAll(list));
        flattenAll(root.path("commissioners"), "kind");
        flattenAll(root.path("partners"), "kind");
        flatten(root.path("place"), "region");
        flatten(root, "category");
        flatten(root, "kind");
        return new LocatedTree(root, tree.locations(), tree.keys());
    }

    private static void agree(
            LocatedTree tree,
            ObjectNode root,
            String field,
            String expected,
            String source,
            List<Diagnostic> problems) {
        JsonNode value = root.remove(field);
        if (value != null && !value.asText().equals(expected)) {
            problems.add(
                    Diagnostic.error(
                                    DiagnosticCodes.INVALID_VALUE,
                                    "'"
                                            + value.asText()
                                            + "' disagrees with "
                                            + source
                                            + ", which says '"
                                            + expected
                                            + "'")
                            .withLocation(tree.locationOf(field))
                            .withField(field));
        }
    }

    /** Replaces every {@code {id, label}} object of an array by its id. */
    private static void flattenAll(JsonNode list) {
        if (list instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (isTerm(array.get(i))) {
                    array.set(i, TextNode.valueOf(array.get(i).get("id").asText()));
                }
            }
        }
    }

    private static void flattenAll(JsonNode list, String field) {
        list.forEach(element -> flatten(element, field));
    }

    private static void flatten(JsonNode parent, String field) {
        if (parent instanceof ObjectNode object && isTerm(object.get(field))) {
            object.put(field, object.get(field).get("id").asText());
        }
    }

    private static boolean isTerm(JsonNode node) {
        return node != null && node.isObject() && node.path("id").isTextual();
    }
}
