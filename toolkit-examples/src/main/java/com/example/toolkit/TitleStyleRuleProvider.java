package com.example.toolkit;

import org.artofthepossible.toolkit.spi.LoadedItem;
import org.artofthepossible.toolkit.spi.ValidationRule;
import org.artofthepossible.toolkit.spi.ValidationRuleProvider;
import org.artofthepossible.toolkit.validation.Diagnostic;

/** House style: titles do not end with a full stop. */
public final class TitleStyleRuleProvider implements ValidationRuleProvider {
    /**
     * Creates the plugin; found through ServiceLoader, or registered with {@code
     * builder.rule(...)}.
     */
    public TitleStyleRuleProvider() {}

    /** The code of the warning this rule reports. */
    public static final String CODE = "title-full-stop";

    @Override
    public String id() {
        return "title-style";
    }

    @Override
    public ValidationRule create() {
        return context -> {
            for (LoadedItem loaded : context.items()) {
                if (loaded.item().title().endsWith(".")) {
                    context.report(
                            loaded,
                            "title",
                            Diagnostic.warning(CODE, "titles do not end with a full stop"));
                }
            }
        };
    }
}
