package com.example.toolkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.artofthepossible.toolkit.content.ContentMapper;
import org.artofthepossible.toolkit.content.LocatedValue;
import org.artofthepossible.toolkit.spi.ContentFile;
import org.artofthepossible.toolkit.spi.ContentLoader;
import org.artofthepossible.toolkit.spi.ContentLoaderProvider;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.LoaderContext;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * Loads items from {@code .properties}-like files: {@code key = value} a line, {@code #} comments,
 * dotted keys for nested fields ({@code contract.termYears = 10}) and {@code [a, b]} for lists.
 */
public final class PropertiesLoaderProvider implements ContentLoaderProvider {
    /**
     * Creates the plugin; found through ServiceLoader, or registered with {@code
     * builder.loader(...)}.
     */
    public PropertiesLoaderProvider() {}

    @Override
    public String format() {
        return "properties";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("properties");
    }

    @Override
    public ContentLoader create(LoaderContext context) {
        return PropertiesLoaderProvider::load;
    }

    private static LoadedContent load(ContentFile file) {
        String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\n", -1);
        var root = new Node(file.location(1, 1));
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            int equals = lines[i].indexOf('=');
            if (lines[i].isBlank() || lines[i].strip().startsWith("#")) {
                continue;
            } else if (equals < 0) {
                return error("expected key = value", file.location(line, 1));
            }
            String value = lines[i].substring(equals + 1);
            int column = equals + 2 + value.length() - value.stripLeading().length();
            String[] path = lines[i].substring(0, equals).strip().split("\\.");
            Node node = root;
            for (int p = 0; p < path.length - 1; p++) {
                Object child =
                        node.fields.computeIfAbsent(path[p], k -> new Node(file.location(line, 1)));
                if (!(child instanceof Node nested)) {
                    return error("'" + path[p] + "' already has a value", file.location(line, 1));
                }
                node = nested;
            }
            node.fields.put(
                    path[path.length - 1], parse(value.strip(), file.location(line, column)));
        }
        return ContentMapper.map(file, root.toValue());
    }

    private static LoadedContent error(String message, SourceLocation at) {
        return LoadedContent.failed(
                List.of(Diagnostic.error("malformed-properties", message).withLocation(at)));
    }

    private static LocatedValue parse(String value, SourceLocation at) {
        if (!value.startsWith("[") || !value.endsWith("]")) {
            return LocatedValue.Scalar.plain(value, at);
        }
        var elements = new ArrayList<LocatedValue>();
        for (String element : value.substring(1, value.length() - 1).split(",")) {
            if (!element.isBlank()) {
                elements.add(LocatedValue.Scalar.plain(element, at));
            }
        }
        return new LocatedValue.Sequence(elements, at);
    }

    /** A mapping being filled: its fields are values or nested nodes. */
    private record Node(SourceLocation at, Map<String, Object> fields) {
        Node(SourceLocation at) {
            this(at, new LinkedHashMap<>());
        }

        LocatedValue toValue() {
            var values = new LinkedHashMap<String, LocatedValue>();
            fields.forEach(
                    (k, v) -> values.put(k, v instanceof Node n ? n.toValue() : (LocatedValue) v));
            return new LocatedValue.Mapping(values, at);
        }
    }
}
