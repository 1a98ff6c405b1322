package org.artofthepossible.toolkit.cli;

import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ItemType;

/** sitemap.xml and the Atom feed, written with the JDK's StAX writer, which escapes. */
final class Feeds {
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private Feeds() {}

    /** robots.txt: every page may be indexed, and the sitemap is where the site lives, if known. */
    static String robots(Optional<URI> base) {
        return "User-agent: *\nAllow: /\n"
                + base.map(b -> "Sitemap: " + b.resolve("sitemap.xml") + "\n").orElse("");
    }

    static String sitemap(URI base, List<SiteLayout.Page> pages) {
        return write(
                xml -> {
                    xml.writeStartElement("urlset");
                    xml.writeDefaultNamespace(SITEMAP_NS);
                    for (SiteLayout.Page page : pages) {
                        xml.writeStartElement("url");
                        element(
                                xml,
                                "loc",
                                base.resolve(page.folder().isEmpty() ? "" : page.folder() + "/")
                                        .toString());
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                });
    }

    /**
     * An Atom feed of the case studies. An entry's date is its own ({@code updated}, else {@code
     * published}); Atom requires one, so an entry without is dated when the feed was made.
     */
    static String atom(URI base, Toolkit toolkit, Locale locale) {
        // The site's public URLs are its folders, as the link resolver's clean URLs name them.
        RenderOptions site = RenderOptions.defaults().withBaseUrl(base);
        LinkResolver links = site.links();
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<CaseStudy> studies = toolkit.list(CaseStudy.class, locale);
        return write(
                xml -> {
                    xml.writeStartElement("feed");
                    xml.writeDefaultNamespace(ATOM_NS);
                    element(
                            xml,
                            "id",
                            site.absolute(links.listHref(ItemType.CASE_STUDY)).orElseThrow());
                    element(
                            xml,
                            "title",
                            toolkit.info().title().resolve(toolkit.fallbackChain(locale)));
                    element(xml, "updated", now);
                    xml.writeStartElement("author");
                    element(xml, "name", toolkit.info().publisher());
                    xml.writeEndElement();
                    xml.writeEmptyElement("link");
                    xml.writeAttribute("rel", "self");
                    xml.writeAttribute("href", site.absolute("feed.xml").orElseThrow());
                    for (CaseStudy study : studies) {
                        String url = site.absolute(links.href(study)).orElseThrow();
                        xml.writeStartElement("entry");
                        element(xml, "id", url);
                        element(xml, "title", study.title());
                        element(xml, "updated", date(study).orElse(now));
                        xml.writeEmptyElement("link");
                        xml.writeAttribute("href", url);
                        element(xml, "summary", study.summary());
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                });
    }

    private static Optional<String> date(CaseStudy study) {
        return study.metadata()
                .updated()
                .or(() -> study.metadata().published())
                .map(LocalDate::atStartOfDay)
                .map(d -> d.toInstant(ZoneOffset.UTC).toString());
    }

    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(XmlBody body) {
        var text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write XML", e);
        }
        return text + "\n";
    }

    private static void element(XMLStreamWriter xml, String name, String text)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
