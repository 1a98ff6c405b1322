/** The toolkit command line: export, serve, validate, questions, plugins. Exports no API. */
module org.artofthepossible.toolkit.cli {
    requires org.artofthepossible.toolkit.core;
    requires org.artofthepossible.toolkit.content;
    requires org.artofthepossible.toolkit.render.html;
    requires org.artofthepossible.toolkit.search;
    requires org.artofthepossible.toolkit.questions;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires java.xml;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.util;
    requires org.eclipse.jetty.compression.server;
    requires org.eclipse.jetty.compression.gzip;

    // picocli fills the annotated fields of the commands reflectively.
    opens org.artofthepossible.toolkit.cli to
            info.picocli;
}
