package org.artofthepossible.toolkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The html renderer's icons, committed in toolkit-render-html as one symbol a line, are the
 * Bootstrap Icons (MIT) of this module's npm packages under the toolkit's own names; {@code
 * -Dgolden.update=true} writes them. Needs {@code npm install} in this module; run with {@code
 * -Pbrowser}, as the other tests that need npm packages.
 */
@Tag("browser")
class IconSpriteTest {
    private static final Path ICONS = Path.of("node_modules/bootstrap-icons");
    private static final Path COMMITTED =
            Path.of("../toolkit-render-html/src/main/resources/toolkit-html/icons.svg");

    /** The toolkit's name of each icon, and the Bootstrap icon drawn for it. */
    private static final Map<String, String> NAMES = names();

    private static Map<String, String> names() {
        var names = new LinkedHashMap<String, String>();
        names.put("menu", "list");
        names.put("arrow-left", "arrow-left");
        names.put("arrow-right", "arrow-right");
        names.put("play", "play-fill");
        names.put("contact", "envelope");
        names.put("markets", "shop");
        names.put("measurement", "graph-up");
        names.put("models", "diagram-3");
        names.put("money", "currency-pound");
        names.put("exchange", "arrow-left-right");
        names.put("europe", "globe-europe-africa");
        names.put("facebook", "facebook");
        names.put("instagram", "instagram");
        names.put("twitter", "twitter");
        names.put("x", "twitter-x");
        names.put("vimeo", "vimeo");
        names.put("youtube", "youtube");
        names.put("linkedin", "linkedin");
        return names;
    }

    @Test
    void theCommittedIconsAreTheBootstrapIconsUnderTheToolkitsNames() throws Exception {
        String version =
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(ICONS.resolve("package.json").toFile())
                        .get("version")
                        .asText();
        var sprite = new StringBuilder();
        sprite.append(
                "<!-- The html renderer's icons: Bootstrap Icons "
                        + version
                        + " (https://icons.getbootstrap.com/), MIT licence, Copyright (c) 2019-2024"
                        + " The Bootstrap Authors. One symbol a line; written by IconSpriteTest."
                        + " -->\n");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        for (Map.Entry<String, String> icon : NAMES.entrySet()) {
            Document svg =
                    factory.newDocumentBuilder()
                            .parse(ICONS.resolve("icons/" + icon.getValue() + ".svg").toFile());
            Element root = svg.getDocumentElement();
            sprite.append("<symbol id=\"toolkit-icon-")
                    .append(icon.getKey())
                    .append("\" viewBox=\"")
                    .append(root.getAttribute("viewBox"))
                    .append("\">");
            for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.ELEMENT_NODE) {
                    sprite.append(serialize(child));
                }
            }
            sprite.append("</symbol>\n");
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(COMMITTED, sprite);
        }

        assertThat(COMMITTED)
                .as("run with -Dgolden.update=true to rewrite %s", COMMITTED)
                .hasContent(sprite.toString());
    }

    private static String serialize(Node node) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        var out = new StringWriter();
        transformer.transform(new DOMSource(node), new StreamResult(out));
        return out.toString();
    }
}
