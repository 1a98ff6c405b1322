package org.artofthepossible.toolkit.render.html;

import java.util.List;
import java.util.Set;
import org.artofthepossible.toolkit.model.MenuEntry;
import org.artofthepossible.toolkit.render.html.internal.Icons;
import org.artofthepossible.toolkit.spi.ValidationContext;
import org.artofthepossible.toolkit.spi.ValidationRule;
import org.artofthepossible.toolkit.spi.ValidationRuleProvider;
import org.artofthepossible.toolkit.validation.Diagnostic;

/**
 * Warns of a menu or footer entry whose {@code icon} the html renderer does not have, so that
 * {@code validate} names the icons there are; pages show such an entry without an icon. Found
 * through {@link java.util.ServiceLoader}; with {@code discoverPlugins(false)} register it with
 * {@code builder.rule(new IconRuleProvider())}.
 */
public final class IconRuleProvider implements ValidationRuleProvider {
    /** Creates the provider; found through {@link java.util.ServiceLoader}. */
    public IconRuleProvider() {}

    @Override
    public String id() {
        return "icons";
    }

    @Override
    public ValidationRule create() {
        return IconRuleProvider::check;
    }

    private static void check(ValidationContext context) {
        Set<String> names = Icons.names();
        for (MenuEntry entry : context.menu().flatten()) {
            entry.icon()
                    .filter(icon -> !names.contains(icon))
                    .ifPresent(
                            icon ->
                                    context.report(
                                            Diagnostic.warning(
                                                            HtmlRendererProvider.UNKNOWN_ICON,
                                                            "menu entry '"
                                                                    + entry.label()
                                                                            .resolve(List.of())
                                                                    + "' has icon '"
                                                                    + icon
                                                                    + "', which the html renderer"
                                                                    + " does not have; it has "
                                                                    + names)
                                                    .withField("menu")));
        }
    }
}
