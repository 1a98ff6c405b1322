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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.artofthepossible.toolkit.spi.FieldLocations;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * A Jackson tree read from a parser together with where each field and array element starts, keyed
 * by field path ({@code partners[0].kind}), the form diagnostics use.
 *
 * @param root the tree
 * @param locations where each path's value starts (a mapping's or list's: its key); the empty path
 *     is the root
 * @param keys where the key of each mapping field is, for problems with the key itself (an unknown
 *     field); fields not listed are reported at their value
 */
record LocatedTree(
        JsonNode root, Map<String, SourceLocation> locations, Map<String, SourceLocation> keys) {

    /** A tree whose keys are reported where their values are. */
    LocatedTree(JsonNode root, Map<String, SourceLocation> locations) {
        this(root, locations, Map.of());
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /**
     * Reads one value from a parser positioned before it.
     *
     * @param parser the parser, with its nesting and length limits set
     * @param file the file, for locations
     * @param lineOffset lines before the parser's first line (front matter starts below the fence)
     * @param bodyLine the line a Markdown body starts on, given as the location of {@code body}
     *     unless the tree has a field of that name; 0 when there is no body
     * @return the tree, or null when the input holds no value at all
     * @throws IOException when the input is malformed or breaks a limit
     */
    static LocatedTree read(JsonParser parser, String file, int lineOffset, int bodyLine)
            throws IOException {
        var reader = new Reader(file, lineOffset);
        if (bodyLine > 0) {
            reader.locations.put("body", file, bodyLine, 1); // first, so a field body wins
        }
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
        return new LocatedTree(root, reader.locations.build(), reader.keys.build());
    }

    /**
     * Returns a copy without some fields or list elements, at any depth, such as {@code menu},
     * {@code vocabularies[2]} or {@code partners[0].kind}. Locations follow the elements that move
     * up a list when one before them is removed; paths not in the tree are ignored.
     *
     * @param parts the paths to remove
     * @return the pruned tree
     */
    LocatedTree without(Collection<String> parts) {
        if (parts.isEmpty()) {
            return this;
        }
        JsonNode copy = root.deepCopy();
        var moved = new HashMap<>(locations);
        var movedKeys = new HashMap<>(keys);
        // The deepest paths first, and a list's later elements before its earlier ones, so that
        // every path still names what it named when it was found.
        var ordered = new ArrayList<>(new TreeSet<>(parts));
        ordered.sort(Comparator.comparing(LocatedTree::sortKey).reversed());
        for (String part : ordered) {
            if (part.isEmpty()) {
                continue;
            }
            JsonNode parent = at(copy, parent(part));
            if (part.endsWith("]")) {
                int index = index(part);
                if (parent instanceof ArrayNode elements && index >= 0 && index < elements.size()) {
                    elements.remove(index);
                    shiftLocations(moved, parent(part), index);
                    shiftLocations(movedKeys, parent(part), index);
                }
            } else if (parent instanceof ObjectNode fields) {
                fields.remove(part.substring(part.lastIndexOf('.') + 1));
            }
        }
        return new LocatedTree(
                copy, FieldLocations.copyOf(moved), FieldLocations.copyOf(movedKeys));
    }

    /** Tells whether the tree holds a value at a path. */
    boolean has(String path) {
        JsonNode node = at(root, path);
        return node != null && !node.isMissingNode();
    }

    private static JsonNode at(JsonNode node, String path) {
        if (path.isEmpty()) {
            return node;
        }
        JsonNode parent = at(node, parent(path));
        if (parent == null) {
            return null;
        }
        if (!path.endsWith("]")) {
            return parent.get(path.substring(path.lastIndexOf('.') + 1));
        }
        int index = index(path);
        return index < 0 ? null : parent.get(index);
    }

    /**
     * Moves the locations of a list's elements after {@code removed} one place up, and drops the
     * removed one's, in one pass over the locations.
     */
    private static void shiftLocations(
            Map<String, SourceLocation> locations, String list, int removed) {
        String prefix = list + "[";
        var renamed = new HashMap<String, SourceLocation>();
        var iterator = locations.entrySet().iterator();
        while (iterator.hasNext()) {
            var entry = iterator.next();
            String key = entry.getKey();
            int close = key.indexOf(']', prefix.length());
            if (!key.startsWith(prefix) || close < 0) {
                continue;
            }
            int index = parseIndex(key.substring(prefix.length(), close));
            if (index < removed) {
                continue;
            }
            iterator.remove();
            if (index > removed) {
                renamed.put(prefix + (index - 1) + key.substring(close), entry.getValue());
            }
        }
        locations.putAll(renamed);
    }

    /** Orders paths so that deeper ones and later list elements sort last. */
    private static String sortKey(String path) {
        var key = new StringBuilder();
        int depth = 0;
        for (char c : path.toCharArray()) {
            if (c == '.' || c == '[') {
                depth++;
            }
        }
        key.append((char) ('0' + Math.min(depth, 60)));
        // Indexes padded so that [10] sorts after [9].
        var matcher = INDEX.matcher(path);
        key.append(
                matcher.replaceAll(
                        m ->
                                "["
                                        + "0".repeat(Math.max(0, 9 - m.group(1).length()))
                                        + m.group(1)
                                        + "]"));
        return key.toString();
    }

    /** The index of a path's last list element, or -1 when its last part is a key like "a]". */
    private static int index(String part) {
        return parseIndex(part.substring(part.lastIndexOf('[') + 1, part.length() - 1));
    }

    private static int parseIndex(String digits) {
        if (digits.isEmpty()
                || digits.length() > 9
                || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    /** Where a field's key is, or failing that its value. */
    SourceLocation keyLocationOf(String path) {
        SourceLocation key = keys.get(path);
        return key != null ? key : locationOf(path);
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
        private final FieldLocations.Builder locations = FieldLocations.builder();
        private final FieldLocations.Builder keys = FieldLocations.builder();
        private int maxDepth = Integer.MAX_VALUE;
        private int depth;

        Reader(String file, int lineOffset) {
            this.file = file;
            this.lineOffset = lineOffset;
        }

        void locate(String path, JsonLocation where) {
            put(locations, path, where);
        }

        /** Puts a location in a table without making a {@link SourceLocation} for it. */
        void put(FieldLocations.Builder table, String path, JsonLocation where) {
            int line = Math.max(0, where.getLineNr());
            int column = line == 0 ? 0 : Math.max(1, where.getColumnNr());
            table.put(path, file, line == 0 ? 0 : line + lineOffset, column);
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
                        JsonLocation key = parser.currentTokenLocation();
                        JsonToken next = parser.nextToken();
                        // A scalar is reported where its value is (title: at the text), a
                        // mapping or list where its key is, since its value starts below.
                        locate(child, next.isScalarValue() ? parser.currentTokenLocation() : key);
                        put(keys, child, key);
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
