package org.artofthepossible.toolkit.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.artofthepossible.toolkit.content.LocatedValue;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.spi.ContentFile;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.LoadedItem;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * Turns a file's located tree into items or the toolkit description, whatever format it was parsed
 * from: the canonical-JSON fields, the JSON Schema check, control characters, then the model
 * values. An item with errors is still read from its sound fields, with its errors as its problems,
 * so that validation reports every problem of the file at once.
 */
public final class ItemMapping {
    private ItemMapping() {}

    /**
     * Maps a tree a third-party loader built; see {@code ContentMapper}.
     *
     * @param file the file the tree was read from
     * @param root the values with their positions
     * @param body the Markdown body, empty when the format has none
     * @param bodyLine the file line the body starts on, 0 when there is none
     * @return the items or description, with every problem found
     */
    public static LoadedContent map(
            ContentFile file, LocatedValue root, String body, int bodyLine) {
        var locations = new HashMap<String, SourceLocation>();
        if (bodyLine > 0) {
            // First, so that a field named body in the tree keeps its own location.
            locations.put("body", SourceLocation.of(file.path(), bodyLine, 1));
        }
        JsonNode tree;
        try {
            tree = toNode(root, "", locations, 0);
        } catch (TooDeep e) {
            return ContentFiles.error(
                    DiagnosticCodes.LIMIT_EXCEEDED,
                    "nesting deeper than "
                            + ContentFileLoader.MAX_NESTING
                            + " levels is not allowed",
                    e.at);
        }
        return map(file, new LocatedTree(tree, Map.copyOf(locations)), body, bodyLine);
    }

    private static JsonNode toNode(
            LocatedValue value, String path, Map<String, SourceLocation> locations, int depth)
            throws TooDeep {
        locations.put(path, value.location());
        if (depth > ContentFileLoader.MAX_NESTING) {
            throw new TooDeep(value.location());
        }
        if (value instanceof LocatedValue.Mapping mapping) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (var field : mapping.fields().entrySet()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                object.set(field.getKey(), toNode(field.getValue(), child, locations, depth + 1));
            }
            return object;
        }
        if (value instanceof LocatedValue.Sequence sequence) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (LocatedValue element : sequence.elements()) {
                array.add(toNode(element, path + "[" + array.size() + "]", locations, depth + 1));
            }
            return array;
        }
        Object scalar = ((LocatedValue.Scalar) value).value();
        if (scalar == null) {
            return NullNode.getInstance();
        } else if (scalar instanceof String text) {
            return TextNode.valueOf(text);
        } else if (scalar instanceof Boolean bool) {
            return BooleanNode.valueOf(bool);
        } else if (scalar instanceof BigDecimal decimal) {
            return DecimalNode.valueOf(decimal);
        } else if (scalar instanceof BigInteger integer) {
            return BigIntegerNode.valueOf(integer);
        }
        return BigIntegerNode.valueOf(BigInteger.valueOf(((Number) scalar).longValue()));
    }

    /** A third-party tree nested deeper than the bundled formats allow. */
    private static final class TooDeep extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SourceLocation at;

        TooDeep(SourceLocation at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /**
     * Maps a tree.
     *
     * @param file the file the tree was read from
     * @param tree the values with their positions, the body's among them when there is one
     * @param body the Markdown body, empty when the format has none
     * @param bodyLine the file line the body starts on, 0 when there is none
     * @return the items or description, with every problem found
     */
    static LoadedContent map(ContentFile file, LocatedTree tree, String body, int bodyLine) {
        String path = file.path();
        boolean descriptor = file.isToolkitDescription();
        var diagnostics = new ArrayList<Diagnostic>();
        if (!tree.root().isObject()) {
            return ContentFiles.error(
                    DiagnosticCodes.WRONG_TYPE,
                    "expected a mapping of fields, found " + SchemaCheck.describe(tree.root()),
                    tree.locationOf(""));
        }
        if (!descriptor) {
            tree = CanonicalItems.accept(tree, file, diagnostics);
        }
        SchemaCheck.Shape shape =
                file.itemType().map(ItemMapping::shapeOf).orElse(SchemaCheck.Shape.TOOLKIT);
        diagnostics.addAll(SchemaCheck.check(shape, tree));
        diagnostics.addAll(ControlCharacters.check(tree));
        diagnostics.addAll(ControlCharacters.checkBody(body, path, bodyLine));
        if (descriptor) {
            // A broken menu entry or vocabulary costs only itself: the rest of the description
            // still applies, so one typo does not take every item's terms down with it.
            tree = tree.without(errorSubtrees(diagnostics));
            if (diagnostics.stream().anyMatch(d -> d.isError() && !droppable(d))) {
                return LoadedContent.failed(diagnostics);
            }
        } else if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            // The item is still read from what is sound, so that validation finds its other
            // problems now, not after this one is fixed; its errors keep it out of the snapshot.
            Optional<LocatedTree> sound = withoutErrors(shape, tree, diagnostics);
            if (sound.isEmpty()) {
                return LoadedContent.failed(diagnostics);
            }
            tree = sound.get();
        }
        ItemReader reader = new ItemReader(tree);
        if (descriptor) {
            LoadedContent toolkit = reader.toolkit();
            return LoadedContent.builder().add(toolkit).diagnostics(diagnostics).build();
        }
        Optional<ContentItem> item =
                reader.item(file.itemType().get(), file.id(), file.locale(), body);
        diagnostics.addAll(reader.diagnostics());
        if (item.isEmpty()) {
            return LoadedContent.failed(diagnostics);
        }
        return LoadedContent.builder()
                .item(
                        new LoadedItem(
                                item.get(), tree.locationOf(""), tree.locations(), diagnostics))
                .build();
    }

    /**
     * Removes what the errors are about, and what then lacks a required field, until the tree
     * passes the schema; empty when that would remove the whole item. The body is not part of the
     * tree: its errors remove nothing.
     */
    private static Optional<LocatedTree> withoutErrors(
            SchemaCheck.Shape shape, LocatedTree tree, List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics;
        LocatedTree sound = tree;
        for (int round = 0; round < ContentFileLoader.MAX_NESTING; round++) {
            var remove = new TreeSet<String>();
            for (Diagnostic error : errors) {
                String field = error.field().orElse("");
                if (!error.isError() || field.equals("body")) {
                    continue;
                }
                while (!field.isEmpty() && !sound.has(field)) {
                    field = LocatedTree.parent(field);
                }
                if (field.isEmpty()) {
                    return Optional.empty();
                }
                remove.add(field);
            }
            sound = sound.without(remove);
            errors = SchemaCheck.check(shape, sound);
            if (errors.stream().noneMatch(Diagnostic::isError)) {
                return Optional.of(sound);
            }
        }
        return Optional.empty();
    }

    /** Errors inside the menu or one vocabulary can be dropped with that part. */
    private static boolean droppable(Diagnostic diagnostic) {
        return diagnostic.field().map(ItemMapping::droppablePart).orElse("").length() > 0;
    }

    private static String droppablePart(String field) {
        if (field.equals("menu") || field.startsWith("menu.") || field.startsWith("menu[")) {
            return "menu";
        }
        if (field.startsWith("vocabularies[")) {
            return field.substring(0, field.indexOf(']') + 1);
        }
        return "";
    }

    private static List<String> errorSubtrees(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .filter(Diagnostic::isError)
                .map(d -> d.field().map(ItemMapping::droppablePart).orElse(""))
                .filter(part -> !part.isEmpty())
                .distinct()
                .toList();
    }

    private static SchemaCheck.Shape shapeOf(ItemType type) {
        return switch (type) {
            case CASE_STUDY -> SchemaCheck.Shape.CASE_STUDY;
            case FAQ -> SchemaCheck.Shape.FAQ;
            case MODEL_DOCUMENT -> SchemaCheck.Shape.DOCUMENT;
            case PAGE -> SchemaCheck.Shape.PAGE;
        };
    }
}
