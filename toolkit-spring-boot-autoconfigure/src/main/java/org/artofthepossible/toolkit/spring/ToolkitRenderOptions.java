package org.artofthepossible.toolkit.spring;

import java.util.Locale;
import java.util.function.Supplier;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The render options of the current request: the {@code toolkit.theme} and {@code toolkit.base-url}
 * properties, and the locale the request asks for ({@code Accept-Language}, through Spring's {@link
 * LocaleContextHolder}) when the content is written in it, else {@code toolkit.default-locale},
 * else the content's default locale. Inject it where a controller renders views.
 */
public final class ToolkitRenderOptions implements Supplier<RenderOptions> {
    private final ToolkitEngine engine;
    private final ToolkitProperties properties;
    private final RenderOptions base;

    ToolkitRenderOptions(ToolkitEngine engine, ToolkitProperties properties) {
        this.engine = engine;
        this.properties = properties;
        RenderOptions options = RenderOptions.defaults().withTheme(properties.getTheme());
        this.base = properties.baseUrl().map(options::withBaseUrl).orElse(options);
    }

    /** The options for the current request, or for no request (the default locale). */
    @Override
    public RenderOptions get() {
        return base.withLocale(
                locale(
                        LocaleContextHolder.getLocaleContext() == null
                                ? null
                                : LocaleContextHolder.getLocale()));
    }

    /** The content's locale for a requested one: the same language when the content has it. */
    Locale locale(Locale requested) {
        Toolkit toolkit = engine.toolkit();
        ToolkitInfo info = toolkit.info();
        if (requested != null) {
            for (Locale available : info.locales()) {
                if (available.getLanguage().equals(requested.getLanguage())) {
                    return available;
                }
            }
        }
        return properties.defaultLocale().orElse(info.defaultLocale());
    }
}
