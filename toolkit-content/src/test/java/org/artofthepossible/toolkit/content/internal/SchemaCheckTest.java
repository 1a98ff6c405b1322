package org.artofthepossible.toolkit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.harrel.jsonschema.InvalidSchemaException;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Loading trusts the published schema without checking it against its meta-schema at every start:
 * this checks it once, as harrel does when asked to. Loading also checks files against the schema
 * without its descriptions: this checks that harrel finds the same errors in the bundled files, and
 * in each of them broken in many ways, with and without them.
 */
class SchemaCheckTest {
    private static final JacksonNode.Factory NODES = new JacksonNode.Factory();

    private static ObjectNode schema() throws IOException {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SchemaCheck.SCHEMA_RESOURCE)) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        }
    }

    @Test
    void thePublishedSchemaIsValidAgainstItsMetaSchema() throws IOException {
        var validator = new ValidatorFactory().withJsonNodeFactory(NODES).createValidator();
        assertThat(validator.registerSchema(NODES.wrap(schema()))).isNotNull();
    }

    /**
     * The schema as it is checked (without descriptions, each shape's definition as the root, with
     * its references inlined) against the published one (a root {@code $ref} to the definition):
     * the same errors, each at a schema location that {@link SchemaCheck#pointer} maps to the
     * published one's.
     */
    @Test
    void theSchemaAsCheckedFindsTheSameErrorsAsThePublishedOne() throws IOException {
        ObjectNode published = schema();
        JsonNode undescribed = published.get("$defs").deepCopy();
        undescribed.forEach(SchemaCheck::removeDescriptions);
        assertThat(undescribed.toString()).doesNotContain("\"description\"");
        var validator =
                new ValidatorFactory()
                        .withJsonNodeFactory(NODES)
                        .withDisabledSchemaValidation(true)
                        .createValidator();
        var yaml = new ObjectMapper(new YAMLFactory());
        int compared = 0;
        var asPublished = new EnumMap<SchemaCheck.Shape, URI>(SchemaCheck.Shape.class);
        var asChecked = new EnumMap<SchemaCheck.Shape, URI>(SchemaCheck.Shape.class);
        try (Stream<Path> files = Files.walk(BUNDLED)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(file);
                SchemaCheck.Shape shape =
                        switch (BUNDLED.relativize(file).getName(0).toString()) {
                            case "case-studies" -> SchemaCheck.Shape.CASE_STUDY;
                            case "faqs" -> SchemaCheck.Shape.FAQ;
                            case "documents" -> SchemaCheck.Shape.DOCUMENT;
                            case "pages" -> SchemaCheck.Shape.PAGE;
                            default -> SchemaCheck.Shape.TOOLKIT;
                        };
                JsonNode tree =
                        yaml.readTree(
                                file.toString().endsWith(".md")
                                        ? FrontMatter.split(text).orElseThrow().yaml()
                                        : text);
                URI reference =
                        asPublished.computeIfAbsent(
                                shape, s -> register(validator, published(published, s)));
                URI checked =
                        asChecked.computeIfAbsent(
                                shape,
                                s ->
                                        register(
                                                validator,
                                                SchemaCheck.shapeSchema(published, undescribed, s)
                                                        .schema()));
                for (JsonNode variant : brokenWays(tree)) {
                    assertThat(
                                    errors(
                                            validator,
                                            checked,
                                            variant,
                                            l -> SchemaCheck.pointer(shape, l)))
                            .as("%s: %s", file, variant)
                            .isEqualTo(errors(validator, reference, variant, l -> fragment(l)));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1_000);
    }

    /**
     * harrel allocates a path for every keyword it evaluates below a {@code $ref}: the schemas as
     * checked keep only the references that cannot be inlined, to a definition that refers to
     * itself (a menu entry's children) or with keywords of their own beside them.
     */
    @Test
    void theSchemasAsCheckedKeepOnlyReferencesThatCannotBeInlined() throws IOException {
        ObjectNode published = schema();
        JsonNode undescribed = published.get("$defs").deepCopy();
        undescribed.forEach(SchemaCheck::removeDescriptions);
        for (SchemaCheck.Shape shape : SchemaCheck.Shape.values()) {
            var checked = SchemaCheck.shapeSchema(published, undescribed, shape);
            var kept = new ArrayList<String>();
            collectReferences(checked.schema(), kept);
            assertThat(kept)
                    .as("%s", shape)
                    .allSatisfy(
                            ref ->
                                    assertThat(ref)
                                            .isIn(
                                                    "#/$defs/menuEntry",
                                                    "#/$defs/cites with other keywords"));
        }
        assertThat(
                        SchemaCheck.pointer(
                                SchemaCheck.Shape.CASE_STUDY,
                                "urn:x#/properties/partners/items/properties/cites/items/pattern"))
                .isEqualTo("/$defs/slug/pattern");
        assertThat(SchemaCheck.pointer(SchemaCheck.Shape.CASE_STUDY, "urn:x#/properties/title"))
                .isEqualTo("/$defs/caseStudy/properties/title");
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.has("$ref")) {
            references.add(
                    node.get("$ref").asText() + (node.size() > 1 ? " with other keywords" : ""));
        }
        node.forEach(child -> collectReferences(child, references));
    }

    private static final Path BUNDLED = Path.of("src/main/resources/toolkit-content/e3m");

    /** A shape's schema as the published one defines it: a root $ref to its definition. */
    private static ObjectNode published(ObjectNode schema, SchemaCheck.Shape shape) {
        ObjectNode one = schema.objectNode();
        one.put("$schema", schema.get("$schema").asText());
        one.set("$defs", schema.get("$defs"));
        one.put("$ref", "#/$defs/" + shape.definition);
        return one;
    }

    private static URI register(Validator validator, ObjectNode schema) {
        return validator.registerSchema(
                URI.create("urn:test:" + UUID.randomUUID()), NODES.wrap(schema));
    }

    private static String fragment(String location) {
        return location.substring(location.indexOf('#') + 1);
    }

    /** The errors, each with its schema location as a pointer into the published schema. */
    private static List<String> errors(
            Validator validator, URI schema, JsonNode tree, UnaryOperator<String> pointer) {
        return validator.validate(schema, NODES.wrap(tree)).getErrors().stream()
                .map(
                        e ->
                                e.getInstanceLocation()
                                        + " "
                                        + e.getKeyword()
                                        + " "
                                        + e.getError()
                                        + " "
                                        + pointer.apply(e.getSchemaLocation()))
                .sorted()
                .toList();
    }

    /**
     * The tree as it is, and for fields of it (at any depth) the tree with that field removed,
     * replaced by a number, by text, by an empty mapping, by empty text, and with an unknown field
     * beside it.
     */
    private static List<JsonNode> brokenWays(JsonNode tree) {
        var variants = new ArrayList<JsonNode>();
        variants.add(tree);
        var paths = new ArrayList<JsonPointer>();
        collect(tree, JsonPointer.empty(), paths);
        // Sixty fields spread over each file: every kind of field, in a few seconds.
        int step = Math.max(1, paths.size() / 60);
        for (int p = 0; p < paths.size(); p += step) {
            JsonPointer path = paths.get(p);
            JsonNode parent = tree.at(path.head());
            String last = path.last().getMatchingProperty();
            for (int way = 0; way < 6; way++) {
                JsonNode copy = tree.deepCopy();
                JsonNode container = copy.at(path.head());
                if (container instanceof ObjectNode object) {
                    switch (way) {
                        case 0 -> object.remove(last);
                        case 1 -> object.put(last, 7);
                        case 2 -> object.put(last, "text");
                        case 3 -> object.putObject(last);
                        case 4 -> object.put(last, "");
                        default -> object.put(last + "Unknown", 1);
                    }
                } else if (container instanceof ArrayNode array && parent.isArray()) {
                    int index = path.last().getMatchingIndex();
                    switch (way) {
                        case 0 -> array.remove(index);
                        case 1 -> array.set(index, 7);
                        case 2 -> array.set(index, "text");
                        case 3 -> array.set(index, array.objectNode());
                        case 4 -> array.set(index, "");
                        default -> array.add(array.objectNode().put("unknown", 1));
                    }
                }
                variants.add(copy);
            }
        }
        return variants;
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> paths) {
        if (node.isObject()) {
            node.properties()
                    .forEach(
                            e -> {
                                JsonPointer child = at.appendProperty(e.getKey());
                                paths.add(child);
                                collect(e.getValue(), child, paths);
                            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonPointer child = at.appendIndex(i);
                paths.add(child);
                collect(node.get(i), child, paths);
            }
        }
    }

    @Test
    void aSchemaItsMetaSchemaRefusesFailsThatCheck() throws IOException {
        ObjectNode broken = schema();
        ((ObjectNode) broken.get("$defs").get("slug")).put("minLength", "one");
        var validator = new ValidatorFactory().withJsonNodeFactory(NODES).createValidator();
        assertThatThrownBy(() -> validator.registerSchema(NODES.wrap(broken)))
                .isInstanceOf(InvalidSchemaException.class);
    }
}
