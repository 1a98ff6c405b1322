package org.artofthepossible.toolkit.content.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.harrel.jsonschema.Error;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;

/**
 * Checks a file's tree against the published JSON Schema ({@code
 * toolkit-schema/content.schema.json}) with harrel's validator and turns each failure into a
 * diagnostic at the failing field, in the toolkit's own words.
 */
final class SchemaCheck {
    /** The resource holding the schema. */
    static final String SCHEMA_RESOURCE = "/toolkit-schema/content.schema.json";

    /** The schema definitions a file is checked against, by what the file is. */
    enum Shape {
        TOOLKIT("toolkit"),
        CASE_STUDY("caseStudy"),
        FAQ("faq"),
        DOCUMENT("document"),
        PAGE("page");

        final String definition;

        Shape(String definition) {
            this.definition = definition;
        }
    }

    /** Keywords whose value is a map of subschemas, by name. */
    private static final Set<String> SCHEMA_MAPS =
            Set.of("properties", "patternProperties", "dependentSchemas", "$defs");

    /** Keywords whose value is one subschema. */
    private static final Set<String> SCHEMA_VALUES =
            Set.of(
                    "items",
                    "additionalProperties",
                    "propertyNames",
                    "contains",
                    "not",
                    "if",
                    "then",
                    "else",
                    "unevaluatedItems",
                    "unevaluatedProperties");

    /** Keywords whose value is a list of subschemas. */
    private static final Set<String> SCHEMA_LISTS =
            Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    private static final JsonNode SCHEMA;

    /**
     * Reads the schema and serves harrel's node factory, which would otherwise make a mapper of its
     * own at every start; configured as that one is, with decimals read exactly.
     */
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final JacksonNode.Factory NODES = new JacksonNode.Factory(MAPPER);

    /**
     * harrel's validator keeps its registered schemas in concurrent maps: one serves all threads.
     * The schema is this module's own and {@code SchemaCheckTest} checks it against its
     * meta-schema, so it is not checked again, which took a tenth of a second at every start.
     */
    private static final Validator VALIDATOR =
            new ValidatorFactory()
                    .withJsonNodeFactory(NODES)
                    .withDisabledSchemaValidation(true)
                    .createValidator();

    /** The published schema's pointer to the definition of slugs, whose messages say so. */
    private static final String SLUG = "/$defs/slug";

    /** The published schema's pointer to the definition of menu entries. */
    private static final String MENU_ENTRY = "/$defs/menuEntry";

    private static final Map<Shape, URI> SHAPES = new EnumMap<>(Shape.class);

    /**
     * For each shape, where the definitions inlined into its schema came from; see {@link
     * #pointer}.
     */
    private static final Map<Shape, Map<String, String>> ORIGINS = new EnumMap<>(Shape.class);

    static {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            SCHEMA = MAPPER.readTree(in);
            JsonNode definitions = SCHEMA.get("$defs").deepCopy();
            definitions.forEach(SchemaCheck::removeDescriptions);
            for (Shape shape : Shape.values()) {
                ShapeSchema checked = shapeSchema(SCHEMA, definitions, shape);
                SHAPES.put(shape, VALIDATOR.registerSchema(NODES.wrap(checked.schema())));
                ORIGINS.put(shape, checked.origins());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SchemaCheck() {}

    /**
     * A shape's schema as it is checked.
     *
     * @param schema the schema to register
     * @param origins for each place in it where a definition was inlined (a JSON pointer), the
     *     pointer of that definition in the published schema
     */
    record ShapeSchema(ObjectNode schema, Map<String, String> origins) {}

    /**
     * The schema a shape is checked against: its definition as the root, with every {@code $ref}
     * replaced by a copy of the definition it names, except a reference that carries keywords of
     * its own or names a definition that refers back to itself; the definitions those still name
     * sit beside it in {@code $defs}. harrel builds a new path string for every keyword it
     * evaluates below a {@code $ref}: a fifth of what checking a case study allocated for the
     * root's, and another tenth for the fields'. {@link #pointer} maps its locations back to the
     * published schema.
     *
     * @param published the published schema, for its {@code $schema}
     * @param definitions the definitions to check with
     * @param shape what the checked files hold
     * @return the schema to register, with where its inlined parts come from
     */
    static ShapeSchema shapeSchema(JsonNode published, JsonNode definitions, Shape shape) {
        var inliner = new Inliner(definitions);
        ObjectNode schema =
                (ObjectNode) inliner.inline(definitions.get(shape.definition), JsonPointer.empty());
        schema.put("$schema", published.get("$schema").asText());
        ObjectNode kept = schema.objectNode();
        var wanted = new ArrayDeque<>(refs(schema));
        while (!wanted.isEmpty()) {
            String name = wanted.pop();
            if (!kept.has(name)) {
                JsonNode definition =
                        inliner.inline(
                                definitions.get(name),
                                JsonPointer.empty().appendProperty("$defs").appendProperty(name));
                kept.set(name, definition);
                wanted.addAll(refs(definition));
            }
        }
        if (!kept.isEmpty()) {
            schema.set("$defs", kept);
        }
        return new ShapeSchema(schema, Map.copyOf(inliner.origins));
    }

    /** Copies schemas with the references it can inline replaced by what they name. */
    private static final class Inliner {
        private final JsonNode definitions;
        private final Set<String> recursive = new HashSet<>();
        private final Map<String, String> origins = new HashMap<>();

        Inliner(JsonNode definitions) {
            this.definitions = definitions;
            for (Iterator<String> names = definitions.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (reaches(name, name, new HashSet<>())) {
                    recursive.add(name);
                }
            }
        }

        private boolean reaches(String from, String target, Set<String> seen) {
            for (String name : refs(definitions.get(from))) {
                if (name.equals(target) || (seen.add(name) && reaches(name, target, seen))) {
                    return true;
                }
            }
            return false;
        }

        /** A copy of a schema that is to sit at a pointer of the schema being built. */
        JsonNode inline(JsonNode schema, JsonPointer at) {
            if (!schema.isObject()) {
                return schema.deepCopy(); // true or false
            }
            String name = definitionName(schema.path("$ref").asText(""));
            if (schema.size() == 1 && name != null && !recursive.contains(name)) {
                origins.put(at.toString(), "/$defs/" + name);
                return inline(definitions.get(name), at);
            }
            ObjectNode copy = ((ObjectNode) schema).objectNode();
            for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
                String key = keyword.getKey();
                JsonNode value = keyword.getValue();
                JsonPointer here = at.appendProperty(key);
                if (SCHEMA_MAPS.contains(key)) {
                    ObjectNode map = copy.putObject(key);
                    for (Map.Entry<String, JsonNode> entry : value.properties()) {
                        JsonPointer child = here.appendProperty(entry.getKey());
                        map.set(entry.getKey(), inline(entry.getValue(), child));
                    }
                } else if (SCHEMA_LISTS.contains(key)) {
                    ArrayNode list = copy.putArray(key);
                    for (int i = 0; i < value.size(); i++) {
                        list.add(inline(value.get(i), here.appendIndex(i)));
                    }
                } else if (SCHEMA_VALUES.contains(key)) {
                    copy.set(key, inline(value, here));
                } else {
                    copy.set(key, value.deepCopy());
                }
            }
            return copy;
        }
    }

    /** The definitions a schema's {@code $ref}s name, at any depth. */
    private static List<String> refs(JsonNode schema) {
        var names = new ArrayList<String>();
        for (JsonNode ref : schema.findValues("$ref")) {
            String name = definitionName(ref.asText(""));
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** The definition a reference names, or null for one that names no definition. */
    private static String definitionName(String ref) {
        String prefix = "#/$defs/";
        return ref.startsWith(prefix) && ref.indexOf('/', prefix.length()) < 0
                ? ref.substring(prefix.length())
                : null;
    }

    /**
     * Removes the descriptions of a schema and its subschemas. They explain the schema to people
     * and decide nothing, but harrel evaluates each one as an annotation, with a path and an object
     * for every described field of every file: a fifth of what checking a case study allocated. The
     * messages read descriptions from {@link #SCHEMA}, which keeps them, at the same pointers.
     */
    static void removeDescriptions(JsonNode schema) {
        if (!schema.isObject()) {
            return; // true or false
        }
        ((ObjectNode) schema).remove("description");
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            String name = keyword.getKey();
            if (SCHEMA_MAPS.contains(name) || SCHEMA_LISTS.contains(name)) {
                keyword.getValue().forEach(SchemaCheck::removeDescriptions);
            } else if (SCHEMA_VALUES.contains(name)) {
                removeDescriptions(keyword.getValue());
            }
        }
    }

    static List<Diagnostic> check(Shape shape, LocatedTree tree) {
        List<Error> found =
                VALIDATOR.validate(SHAPES.get(shape), NODES.wrap(tree.root())).getErrors();
        // Keyed by field and code, so that a value failing one rule twice is reported once.
        var diagnostics = new LinkedHashMap<String, Diagnostic>();
        for (Error error : found) {
            for (Diagnostic diagnostic : toDiagnostics(shape, error, tree)) {
                diagnostics.putIfAbsent(
                        diagnostic.field().orElse("") + " " + diagnostic.code(), diagnostic);
            }
        }
        var sorted = new ArrayList<>(diagnostics.values());
        sorted.sort(
                Comparator.comparingInt((Diagnostic d) -> d.location().map(l -> l.line()).orElse(0))
                        .thenComparingInt(d -> d.location().map(l -> l.column()).orElse(0)));
        return sorted;
    }

    private static List<Diagnostic> toDiagnostics(Shape shape, Error error, LocatedTree tree) {
        String evaluated = error.getEvaluationPath();
        String keyword = error.getKeyword();
        JsonNode instance = tree.root().at(error.getInstanceLocation());
        String at = path(tree.root(), error.getInstanceLocation());
        String schemaAt = pointer(shape, error.getSchemaLocation());
        JsonNode schema = SCHEMA.at(schemaAt);
        if (evaluated.contains("/propertyNames")) {
            // The instance is the object; each key that fails is a problem of its own.
            return badKeys(error, schemaAt.equals(SLUG), instance, at, tree);
        }
        if (!"oneOf".equals(keyword) && evaluated.contains("/oneOf/")) {
            return List.of(); // a failed branch of a oneOf, which is reported as a whole
        }
        if (keyword == null && evaluated.endsWith("/additionalProperties")) {
            String property = lastName(at);
            JsonNode parent = SCHEMA.at(schemaAt.substring(0, schemaAt.lastIndexOf('/')));
            return List.of(
                    Diagnostic.warning(
                                    DiagnosticCodes.UNKNOWN_FIELD,
                                    "unknown field '"
                                            + property
                                            + "' is ignored"
                                            + suggestion(parent, property))
                            .withLocation(tree.keyLocationOf(at))
                            .withField(at));
        }
        if ("required".equals(keyword)) {
            var missing = new ArrayList<Diagnostic>();
            for (JsonNode name : schema.path("required")) {
                if (!instance.has(name.asText())) {
                    String field = join(at, name.asText());
                    missing.add(
                            Diagnostic.error(
                                            DiagnosticCodes.REQUIRED_FIELD,
                                            "'" + name.asText() + "' is required")
                                    .withLocation(tree.locationOf(field))
                                    .withField(field));
                }
            }
            return missing;
        }
        Diagnostic diagnostic =
                switch (keyword == null ? "" : keyword) {
                    case "minLength", "minProperties" ->
                            // Every minimum in the schema is 1: an empty value is a missing one.
                            Diagnostic.error(
                                    DiagnosticCodes.REQUIRED_FIELD,
                                    "'" + lastName(at) + "' must not be empty");
                    case "type" ->
                            Diagnostic.error(
                                    DiagnosticCodes.WRONG_TYPE,
                                    "expected "
                                            + expectedType(schema.get("type"))
                                            + ", found "
                                            + describe(instance));
                    case "pattern" ->
                            schemaAt.equals(SLUG)
                                    ? Diagnostic.error(
                                            DiagnosticCodes.BAD_SLUG,
                                            describe(instance)
                                                    + " is not a slug: use lower-case letters,"
                                                    + " digits and single hyphens")
                                    : invalid(describe(instance) + " is not " + expected(schema));
                    case "maxLength" ->
                            invalid(
                                    "'"
                                            + lastName(at)
                                            + "' is longer than "
                                            + schema.get("maxLength").asInt()
                                            + " characters");
                    case "minimum" ->
                            invalid(
                                    describe(instance)
                                            + " is less than the smallest allowed, "
                                            + schema.get("minimum").asText());
                    case "maximum" ->
                            invalid(
                                    describe(instance)
                                            + " is more than the largest allowed, "
                                            + schema.get("maximum").asText());
                    case "minItems" ->
                            invalid(
                                    "'"
                                            + lastName(at)
                                            + "' needs at least "
                                            + schema.get("minItems").asInt()
                                            + " entries");
                    case "enum" ->
                            invalid(describe(instance) + " is not one of " + choices(schema));
                    case "oneOf" ->
                            schemaAt.startsWith(MENU_ENTRY)
                                    ? invalid(
                                            "a menu entry needs exactly one of 'item', 'list' and"
                                                    + " 'url'")
                                    : invalid(describe(instance) + " matches none of its forms");
                    default -> invalid(describe(instance) + ": " + error.getError());
                };
        return List.of(diagnostic.withLocation(tree.locationOf(at)).withField(at));
    }

    /** The keys of an object that fail its {@code propertyNames} schema, each a diagnostic. */
    private static List<Diagnostic> badKeys(
            Error error, boolean slug, JsonNode object, String at, LocatedTree tree) {
        URI keySchema = URI.create(error.getSchemaLocation());
        var bad = new ArrayList<Diagnostic>();
        for (Iterator<String> keys = object.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (VALIDATOR.validate(keySchema, NODES.wrap(TextNode.valueOf(key))).isValid()) {
                continue;
            }
            String field = join(at, key);
            Diagnostic diagnostic =
                    slug
                            // Every slug-keyed object in the schema is keyed by vocabulary id.
                            ? Diagnostic.error(
                                    DiagnosticCodes.BAD_SLUG,
                                    "'"
                                            + key
                                            + "' is not a vocabulary id: use lower-case letters,"
                                            + " digits and single hyphens")
                            : invalid("'" + key + "' is not a language tag such as en or cy");
            bad.add(diagnostic.withLocation(tree.keyLocationOf(field)).withField(field));
        }
        return bad;
    }

    private static Diagnostic invalid(String message) {
        return Diagnostic.error(DiagnosticCodes.INVALID_VALUE, message);
    }

    /** What a pattern asks for, from the schema's description when it has one. */
    private static String expected(JsonNode schema) {
        String description = schema.path("description").asText("");
        if (description.endsWith(".")) {
            description = description.substring(0, description.length() - 1);
        }
        return description.isEmpty()
                ? "in the expected form"
                : "in the expected form: " + description;
    }

    private static String choices(JsonNode schema) {
        var names = new ArrayList<String>();
        schema.path("enum").forEach(value -> names.add(describe(value)));
        return String.join(", ", names);
    }

    private static String suggestion(JsonNode object, String unknown) {
        String best = null;
        int bestDistance = 3; // suggest only names within two edits
        if (object.has("properties")) {
            for (Iterator<String> names = object.get("properties").fieldNames();
                    names.hasNext(); ) {
                String name = names.next();
                int distance =
                        EditDistance.between(
                                unknown.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
                if (distance < bestDistance) {
                    best = name;
                    bestDistance = distance;
                }
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    private static String expectedType(JsonNode schemaType) {
        if (schemaType == null) {
            return "another type";
        }
        if (schemaType.isArray()) {
            var names = new ArrayList<String>();
            schemaType.forEach(t -> names.add(article(t.asText())));
            return String.join(" or ", names);
        }
        return article(schemaType.asText());
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "string" -> "text";
            default -> type;
        };
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            String text = node.asText();
            return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.toString();
    }

    private static String lastName(String path) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        int bracket = name.indexOf('[');
        return bracket > 0 ? name.substring(0, bracket) : name;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * The JSON pointer into {@link #SCHEMA} of a location in a shape's schema: the pointer after
     * its {@code #}, mapped through the nearest place above it where a definition was inlined, else
     * below the shape's definition unless it is in a definition kept beside it.
     */
    static String pointer(Shape shape, String location) {
        int hash = location.indexOf('#');
        String fragment = hash < 0 ? "" : location.substring(hash + 1);
        Map<String, String> origins = ORIGINS.get(shape);
        for (int end = fragment.length(); end > 0; end = fragment.lastIndexOf('/', end - 1)) {
            String origin = origins.get(fragment.substring(0, end));
            if (origin != null) {
                return origin + fragment.substring(end);
            }
        }
        return fragment.startsWith("/$defs/") ? fragment : "/$defs/" + shape.definition + fragment;
    }

    /**
     * Turns a JSON pointer into the instance ({@code /partners/0/kind}) into the toolkit's field
     * path ({@code partners[0].kind}), reading the tree to tell an index from a key.
     */
    static String path(JsonNode root, String pointer) {
        var text = new StringBuilder();
        JsonNode node = root;
        if (pointer.isEmpty()) {
            return "";
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (node.isArray()) {
                text.append('[').append(segment).append(']');
                node = node.path(Integer.parseInt(segment));
            } else {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(segment);
                node = node.path(segment);
            }
        }
        return text.toString();
    }
}
