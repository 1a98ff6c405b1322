package org.artofthepossible.toolkit.cli;

import org.artofthepossible.toolkit.ToolkitException;
import org.artofthepossible.toolkit.render.html.HtmlRendererProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --theme}: the html renderer's theme, one it has, so a misspelt name fails before any work.
 */
final class ThemeOption {
    @Option(
            names = "--theme",
            paramLabel = "default|govuk",
            defaultValue = "default",
            converter = Known.class,
            description = "The HTML theme, default or govuk (default: ${DEFAULT-VALUE}).")
    String theme;

    /** The theme given, or {@code default}. */
    String id() {
        return theme;
    }

    /** Accepts a theme the html renderer has; the error names those it has. */
    static final class Known implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                HtmlRendererProvider.assets(value);
                return value;
            } catch (ToolkitException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
