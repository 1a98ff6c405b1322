package org.artofthepossible.toolkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.DirectorySource;
import org.artofthepossible.toolkit.search.internal.SnapshotIndex;

/**
 * Prints, as JSON, the size of the search index per item at 1,000, 10,000 and 100,000 synthetic
 * case studies, for {@code toolkit-benchmarks/search-report.py}. Sizes are exact, not timed, so
 * they need no JMH.
 */
public final class SearchIndexSize {
    private SearchIndexSize() {}

    public static void main(String[] args) throws IOException {
        var json = new StringBuilder("{");
        for (int items : new int[] {1_000, 10_000, 100_000}) {
            Path folder = SyntheticContent.write(Files.createTempDirectory("toolkit-size-"), items);
            try {
                Toolkit toolkit =
                        ToolkitEngine.builder()
                                .source(DirectorySource.of(folder))
                                .build()
                                .toolkit();
                long bytes = SnapshotIndex.build(toolkit).sizeBytes();
                json.append(json.length() > 1 ? ", " : "")
                        .append(String.format(Locale.ROOT, "\"%d\": %d", items, bytes));
            } finally {
                SyntheticContent.delete(folder);
            }
        }
        System.out.println(json.append('}'));
    }
}
