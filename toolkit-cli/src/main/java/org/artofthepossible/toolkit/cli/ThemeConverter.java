package org.artofthepossible.toolkit.cli;

import org.artofthepossible.toolkit.ToolkitException;
import org.artofthepossible.toolkit.render.html.HtmlRendererProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code --theme}: one the html renderer has, so a misspelt name fails before any work. */
final class ThemeConverter implements ITypeConverter<String> {
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
