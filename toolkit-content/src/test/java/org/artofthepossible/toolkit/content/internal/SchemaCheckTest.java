package org.artofthepossible.toolkit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harrel.jsonschema.InvalidSchemaException;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Loading trusts the published schema without checking it against its meta-schema at every start:
 * this checks it once, as harrel does when asked to.
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

    @Test
    void aSchemaItsMetaSchemaRefusesFailsThatCheck() throws IOException {
        ObjectNode broken = schema();
        ((ObjectNode) broken.get("$defs").get("slug")).put("minLength", "one");
        var validator = new ValidatorFactory().withJsonNodeFactory(NODES).createValidator();
        assertThatThrownBy(() -> validator.registerSchema(NODES.wrap(broken)))
                .isInstanceOf(InvalidSchemaException.class);
    }
}
