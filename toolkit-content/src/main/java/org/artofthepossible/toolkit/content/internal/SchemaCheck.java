package org.artofthepossible.toolkit.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * Checks a file's tree against the published JSON Schema ({@code
 * toolkit-schema/content.schema.json}) with networknt's validator and turns each failure into a
 * diagnostic at the failing field.
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

    private static final JsonNode DEFINITIONS;
    private static final Map<Shape, JsonSchema> SCHEMAS = new EnumMap<>(Shape.class);

    static {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            ObjectMapper mapper = new ObjectMapper();
            JsonNode schema = mapper.readTree(in);
            DEFINITIONS = schema.get("$defs");
            JsonSchemaFactory factory =
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            for (Shape shape : Shape.values()) {
                ObjectNode one = mapper.createObjectNode();
                one.put("$schema", schema.get("$schema").asText());
                one.set("$defs", DEFINITIONS);
                one.put("$ref", "#/$defs/" + shape.definition);
                SCHEMAS.put(shape, factory.getSchema(one));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SchemaCheck() {}

    static List<Diagnostic> check(Shape shape, LocatedTree tree) {
        var found = new ArrayList<ValidationMessage>(SCHEMAS.get(shape).validate(tree.root()));
        found.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
        var diagnostics = new ArrayList<Diagnostic>();
        for (ValidationMessage message : found) {
            toDiagnostic(message, tree).ifPresent(diagnostics::add);
        }
        diagnostics.sort(
                Comparator.comparingInt((Diagnostic d) -> d.location().map(l -> l.line()).orElse(0))
                        .thenComparingInt(d -> d.location().map(l -> l.column()).orElse(0)));
        return diagnostics;
    }

    private static Optional<Diagnostic> toDiagnostic(ValidationMessage message, LocatedTree tree) {
        String at = path(message.getInstanceLocation());
        String property = message.getProperty();
        String type = message.getType();
        if (type.equals("false")) {
            return Optional.empty(); // reported again, more precisely, by the nested keyword
        }
        if (!type.equals("propertyNames")
                && message.getEvaluationPath().toString().contains("propertyNames")) {
            return Optional.empty(); // a key's own check, reported once as propertyNames
        }
        if (!type.equals("oneOf") && message.getEvaluationPath().toString().contains("oneOf")) {
            return Optional.empty(); // a failed branch of a oneOf, which is reported as a whole
        }
        Diagnostic diagnostic;
        String field = at;
        switch (type) {
            case "required" -> {
                field = join(at, property);
                diagnostic =
                        Diagnostic.error(
                                DiagnosticCodes.REQUIRED_FIELD, "'" + property + "' is required");
            }
            case "propertyNames" -> {
                // Every key pattern in the schema is a slug: vocabulary ids under terms.
                field = join(at, property);
                diagnostic =
                        Diagnostic.error(
                                DiagnosticCodes.BAD_SLUG,
                                "'"
                                        + property
                                        + "' is not a vocabulary id: use lower-case letters,"
                                        + " digits and single hyphens");
            }
            case "additionalProperties" -> {
                field = join(at, property);
                diagnostic =
                        Diagnostic.warning(
                                DiagnosticCodes.UNKNOWN_FIELD,
                                "unknown field '"
                                        + property
                                        + "' is ignored"
                                        + suggestion(message, property));
            }
            case "minLength" -> {
                // Every minimum length in the schema is 1: an empty value is a missing value.
                diagnostic =
                        Diagnostic.error(
                                DiagnosticCodes.REQUIRED_FIELD,
                                "'" + lastName(at) + "' must not be empty");
            }
            case "type" ->
                    diagnostic =
                            Diagnostic.error(
                                    DiagnosticCodes.WRONG_TYPE,
                                    "expected "
                                            + expectedType(message.getSchemaNode())
                                            + ", found "
                                            + describe(message.getInstanceNode()));
            case "pattern" ->
                    diagnostic =
                            message.getSchemaLocation().toString().contains("/$defs/slug")
                                    ? Diagnostic.error(
                                            DiagnosticCodes.BAD_SLUG,
                                            describe(message.getInstanceNode())
                                                    + " is not a slug: use lower-case letters, digits"
                                                    + " and single hyphens")
                                    : invalid(message);
            case "oneOf" -> {
                // A menu entry names no target, or more than one; say which keys are allowed.
                if (!message.getSchemaLocation().toString().contains("menuEntry")) {
                    diagnostic = invalid(message);
                } else {
                    diagnostic =
                            Diagnostic.error(
                                    DiagnosticCodes.INVALID_VALUE,
                                    "a menu entry needs exactly one of 'item', 'list' and 'url'");
                }
            }
            default -> diagnostic = invalid(message);
        }
        // An unknown field is a problem of its key; every other, of the value.
        SourceLocation where =
                type.equals("additionalProperties") || type.equals("propertyNames")
                        ? tree.keyLocationOf(field)
                        : tree.locationOf(field);
        return Optional.of(diagnostic.withLocation(where).withField(field));
    }

    private static Diagnostic invalid(ValidationMessage message) {
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        if (text.startsWith("$") && colon > 0) {
            text = text.substring(colon + 2);
        }
        return Diagnostic.error(DiagnosticCodes.INVALID_VALUE, text);
    }

    private static String suggestion(ValidationMessage message, String unknown) {
        JsonNode object = parentSchema(message);
        String best = null;
        int bestDistance = 3; // suggest only names within two edits
        if (object != null && object.has("properties")) {
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

    private static JsonNode parentSchema(ValidationMessage message) {
        String location = message.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        if (hash < 0) {
            return null;
        }
        String pointer = location.substring(hash + 1);
        int last = pointer.lastIndexOf('/');
        if (last < 0 || !pointer.startsWith("/$defs/")) {
            return null;
        }
        JsonNode node = DEFINITIONS.at(pointer.substring("/$defs".length(), last));
        return node.isMissingNode() ? null : node;
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
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Turns networknt's {@code $.partners[0].kind} into the toolkit's {@code partners[0].kind}. */
    static String path(JsonNodePath location) {
        var text = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(element);
            }
        }
        return text.toString();
    }
}
