package org.artofthepossible.toolkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.ContentSources;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.SourceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code toolkit validate}: every problem in a content folder or zip, for people and for CI. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks content and prints every diagnostic as file:line:column: severity code message,"
                    + " then a count.",
            "Exit status: 0 without errors, 1 with errors (or, with --strict, warnings), 2 on a"
                    + " usage error."
        })
final class ValidateCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR|ZIP", description = "The content folder or zip file.")
    Path content;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(content)) {
            throw new ParameterException(spec.commandLine(), "No such file or folder: " + content);
        }
        ToolkitEngine engine = ToolkitEngine.builder().source(ContentSources.of(content)).build();
        List<Diagnostic> diagnostics = engine.diagnostics();
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(diagnostics, errors, warnings));
        } else {
            diagnostics.forEach(d -> out.println(TerminalText.safe(d)));
            int items = engine.toolkit().items().size();
            out.println(
                    plural(errors, "error")
                            + ", "
                            + plural(warnings, "warning")
                            + "; "
                            + plural(items, "item")
                            + " loaded");
        }
        return errors > 0 || (strict && warnings > 0) ? 1 : 0;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String json(List<Diagnostic> diagnostics, long errors, long warnings)
            throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("errors", errors);
        root.put("warnings", warnings);
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode node = list.addObject();
            node.put("severity", d.severity().label());
            node.put("code", d.code());
            node.put("message", d.message());
            d.location().map(SourceLocation::source).ifPresent(s -> node.put("file", s));
            d.location().filter(l -> l.line() > 0).ifPresent(l -> node.put("line", l.line()));
            d.location().filter(l -> l.column() > 0).ifPresent(l -> node.put("column", l.column()));
            d.itemId().ifPresent(id -> node.put("item", id));
            d.field().ifPresent(f -> node.put("field", f));
        }
        return mapper.writeValueAsString(root);
    }
}
