package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.View;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every view of the bundled toolkit, in every theme and mode, against the page kept under {@code
 * src/test/resources/golden}. After an intended change of markup, run with {@code
 * -Dgolden.update=true} to rewrite the files, and review the difference before committing.
 */
class GoldenPagesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyViewMatchesItsGoldenPage() {
        var tests = new ArrayList<DynamicTest>();
        for (String theme : new String[] {"default", "govuk"}) {
            for (RenderOptions.Mode mode : RenderOptions.Mode.values()) {
                for (View view : BundledPages.views()) {
                    Path file =
                            GOLDEN.resolve(theme)
                                    .resolve(mode.name().toLowerCase(Locale.ROOT))
                                    .resolve(name(view) + ".html");
                    RenderOptions options =
                            RenderOptions.defaults().withTheme(theme).withMode(mode);
                    tests.add(
                            DynamicTest.dynamicTest(
                                    GOLDEN.relativize(file).toString(),
                                    () -> check(view, options, file)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(View view, RenderOptions options, Path file) throws IOException {
        String actual = BundledPages.render(view, options);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden page; run with -Dgolden.update=true to create it").exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String name(View view) {
        if (view instanceof View.ItemView item) {
            return "item-" + item.id();
        }
        if (view instanceof View.ListView list) {
            return "list-" + list.type().plural();
        }
        for (var search : BundledPages.SEARCHES.entrySet()) {
            if (search.getValue().equals(view)) {
                return "search-" + search.getKey();
            }
        }
        return view.kind().name().toLowerCase(Locale.ROOT);
    }
}
