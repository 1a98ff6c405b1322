package org.artofthepossible.toolkit.content.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * A Jackson tree read from a parser together with where each field and array element starts, keyed
 * by field path ({@code partners[0].kind}), the form diagnostics use.
 *
 * @param root the tree
 * @param locations where each path starts; the empty path is the root
 */
record LocatedTree(JsonNode root, Map<String, SourceLocation> locations) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Reads one value from a parser positioned before it.
     *
     * @param parser the parser, with its nesting and length limits set
     * @param file the file, for locations
     * @param lineOffset lines before the parser's first line (front matter starts below the fence)
     * @return the tree, or null when the input holds no value at all
     * @throws IOException when the input is malformed or breaks a limit
     */
    static LocatedTree read(JsonParser parser, String file, int lineOffset) throws IOException {
        var reader = new Reader(file, lineOffset);
        reader.maxDepth = ContentFileLoader.MAX_NESTING;
        if (parser.nextToken() == null) {
            return new LocatedTree(
                    NODES.nullNode(), Map.of("", SourceLocation.of(file, 1 + lineOffset, 1)));
        }
        reader.locate("", parser.currentTokenLocation());
        JsonNode root = reader.value(parser, "");
        if (parser.nextToken() != null) {
            throw new JsonParseException(
                    parser, "more than one document or value; a file holds exactly one");
        }
        return new LocatedTree(root, Map.copyOf(reader.locations));
    }

    /**
     * Returns a copy without some top-level fields or array elements, such as {@code menu} or
     * {@code vocabularies[2]}; locations stay as they were.
     *
     * @param parts the paths to remove
     * @return the pruned tree
     */
    LocatedTree without(List<String> parts) {
        if (parts.isEmpty()) {
            return this;
        }
        ObjectNode copy = ((ObjectNode) root).deepCopy();
        var arrayRemovals = new ArrayList<String>();
        for (String part : parts) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                copy.remove(part);
            } else {
                arrayRemovals.add(part);
            }
        }
        // Remove array elements from the highest index down, so earlier indexes stay valid.
        arrayRemovals.sort(Comparator.comparingInt(LocatedTree::index).reversed());
        for (String part : arrayRemovals) {
            JsonNode array = copy.get(part.substring(0, part.indexOf('[')));
            if (array instanceof ArrayNode elements) {
                elements.remove(index(part));
            }
        }
        return new LocatedTree(copy, locations);
    }

    private static int index(String part) {
        return Integer.parseInt(part.substring(part.indexOf('[') + 1, part.indexOf(']')));
    }

    SourceLocation locationOf(String path) {
        for (String at = path; ; at = parent(at)) {
            SourceLocation found = locations.get(at);
            if (found != null) {
                return found;
            }
            if (at.isEmpty()) {
                return locations.values().iterator().next();
            }
        }
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** A parsing limit broken: nesting depth or a YAML alias. */
    static final class LimitExceeded extends JsonParseException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /** A mapping names one key twice. */
    static final class DuplicateKey extends JsonParseException {
        private static final long serialVersionUID = 1L;

        DuplicateKey(JsonParser parser, String message, JsonLocation at) {
            super(parser, message, at);
        }
    }

    private static final class Reader {
        private final String file;
        private final int lineOffset;
        private final Map<String, SourceLocation> locations = new HashMap<>();
        private int maxDepth = Integer.MAX_VALUE;
        private int depth;

        Reader(String file, int lineOffset) {
            this.file = file;
            this.lineOffset = lineOffset;
        }

        void locate(String path, JsonLocation at) {
            int line = Math.max(0, at.getLineNr());
            int column = line == 0 ? 0 : Math.max(1, at.getColumnNr());
            locations.put(path, SourceLocation.of(file, line == 0 ? 0 : line + lineOffset, column));
        }

        JsonNode value(JsonParser parser, String path) throws IOException {
            JsonToken token = parser.currentToken();
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                // Jackson reads an alias as the anchor's name, silently; refuse it instead, which
                // also rules out alias-expansion attacks.
                throw new LimitExceeded(
                        parser,
                        "YAML aliases (*"
                                + parser.getText()
                                + ") are not allowed in content files");
            }
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
                    && ++depth > maxDepth) {
                throw new LimitExceeded(
                        parser, "nesting deeper than " + maxDepth + " levels is not allowed");
            }
            switch (token) {
                case START_OBJECT:
                    ObjectNode object = NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        if (object.has(name)) {
                            throw new DuplicateKey(
                                    parser,
                                    "duplicate key '" + name + "': a mapping names each key once",
                                    parser.currentTokenLocation());
                        }
                        String child = path.isEmpty() ? name : path + "." + name;
                        locate(child, parser.currentTokenLocation());
                        parser.nextToken();
                        object.set(name, value(parser, child));
                    }
                    depth--;
                    return object;
                case START_ARRAY:
                    ArrayNode array = NODES.arrayNode();
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        String child = path + "[" + index++ + "]";
                        locate(child, parser.currentTokenLocation());
                        array.add(value(parser, child));
                    }
                    depth--;
                    return array;
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw new JsonParseException(parser, "unexpected " + token + " at " + path);
            }
        }
    }
}
