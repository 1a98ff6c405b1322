package org.artofthepossible.toolkit.render.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The icons pages may show, from {@code toolkit-html/icons.svg}: Bootstrap Icons (MIT) under the
 * toolkit's own names, one {@code <symbol>} a line. A page carries the symbols of the icons it
 * shows, and no others.
 */
public final class Icons {
    private static final String RESOURCE = "/toolkit-html/icons.svg";
    private static final String START = "<symbol id=\"toolkit-icon-";

    private static final Map<String, String> SYMBOLS = load();

    private Icons() {}

    /**
     * The names of every icon, such as {@code play}, {@code contact} or {@code facebook}.
     *
     * @return the names
     */
    public static Set<String> names() {
        return SYMBOLS.keySet();
    }

    /** The sprite of some icons, hidden from assistive technology and from layout. */
    static void sprite(Markup html, Collection<String> names) {
        // Constant markup of this module's own, checked against its source by IconSpriteTest.
        html.trusted(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"toolkit-sprite\""
                        + " width=\"0\" height=\"0\" aria-hidden=\"true\""
                        + " focusable=\"false\">");
        for (String name : names) {
            html.trusted(symbol(name));
        }
        html.trusted("</svg>\n");
    }

    /**
     * One icon's symbol, as a page carries it.
     *
     * @param name the icon's name
     * @return its {@code <symbol>} element
     * @throws IllegalArgumentException for a name the renderer has no icon of
     */
    public static String symbol(String name) {
        String symbol = SYMBOLS.get(name);
        if (symbol == null) {
            throw new IllegalArgumentException(
                    "the html renderer has no icon '" + name + "'; it has " + names());
        }
        return symbol;
    }

    private static Map<String, String> load() {
        try (InputStream in = Icons.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the html renderer");
            }
            var symbols = new LinkedHashMap<String, String>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(START)) {
                    String name = line.substring(START.length(), line.indexOf('"', START.length()));
                    symbols.put(name, line);
                }
            }
            return Collections.unmodifiableMap(symbols);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
