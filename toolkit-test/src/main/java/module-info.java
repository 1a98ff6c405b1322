/** AssertJ assertions, a JUnit 5 extension and a renderer conformance kit for toolkit content. */
module org.artofthepossible.toolkit.test {
    requires transitive org.artofthepossible.toolkit.core;
    requires transitive org.artofthepossible.toolkit.content;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;
    requires org.jsoup;
    requires static org.jspecify;

    exports org.artofthepossible.toolkit.test;
}
