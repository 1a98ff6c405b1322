package org.artofthepossible.toolkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a content folder of any number of synthetic case studies: each has the fields a real one
 * has (terms, organisations, place, contract, outcomes, sources, related items) and a Markdown body
 * of a few paragraphs, varied by its number so that no two items are alike. The folder loads with
 * no diagnostics. Items go 1,000 to a sub-folder.
 */
public final class SyntheticContent {
    private static final String[] THEMES = {
        "health", "housing", "employment", "children", "transport", "older-people", "environment"
    };
    private static final String[] ROUTES = {"innovation-partnership", "alliance", "grant"};
    private static final String[] REGIONS = {"north", "midlands", "south"};
    private static final String[] KINDS = {"local-authority", "charity", "social-enterprise"};

    private static final String TOOLKIT =
            """
            title: "Synthetic toolkit"
            publisher: "Benchmarks"
            defaultLocale: en
            locales: [en]
            vocabularies:
              - id: theme
                label: Themes
                terms:
            %s
              - id: procurement-route
                label: Procurement routes
                terms:
                  - {id: innovation-partnership, label: "Innovation partnership", attributes: {regime: "PCR 2015"}}
                  - {id: alliance, label: "Alliance contract", attributes: {regime: "PCR 2015"}}
                  - {id: grant, label: "Grant agreement"}
              - id: region
                label: Regions
                terms:
                  - {id: north, label: "North"}
                  - {id: midlands, label: "Midlands"}
                  - {id: south, label: "South"}
              - id: organisation-kind
                label: Kinds of organisation
                terms:
                  - {id: local-authority, label: "Local authority"}
                  - {id: charity, label: "Charity"}
                  - {id: social-enterprise, label: "Social enterprise"}
            menu:
              - {label: Case studies, list: case-studies}
            """;

    private SyntheticContent() {}

    /**
     * Writes {@code count} case studies and their {@code toolkit.yaml} into {@code folder}, which
     * must be empty or absent.
     *
     * @param folder where to write
     * @param count how many case studies
     * @return {@code folder}
     */
    public static Path write(Path folder, int count) {
        try {
            Files.createDirectories(folder);
            var terms = new StringBuilder();
            for (String theme : THEMES) {
                terms.append("      - {id: ")
                        .append(theme)
                        .append(", label: \"")
                        .append(Character.toUpperCase(theme.charAt(0)))
                        .append(theme.substring(1).replace('-', ' '))
                        .append("\"}\n");
            }
            Files.writeString(
                    folder.resolve("toolkit.yaml"),
                    TOOLKIT.formatted(terms.toString().stripTrailing()));
            for (int i = 0; i < count; i++) {
                Path file =
                        folder.resolve("case-studies")
                                .resolve(String.format("%03d", i / 1000))
                                .resolve(id(i) + ".md");
                Files.createDirectories(file.getParent());
                Files.writeString(file, caseStudy(i, count));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes synthetic content from the command line, for the benchmark scripts: {@code COUNT
     * FOLDER}.
     *
     * @param args the count and the folder
     */
    public static void main(String[] args) {
        write(Path.of(args[1]), Integer.parseInt(args[0]));
    }

    /**
     * Deletes a folder and everything in it.
     *
     * @param folder the folder
     */
    public static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String id(int i) {
        return "study-" + i;
    }

    private static String caseStudy(int i, int count) {
        String place = "Town " + i;
        var text = new StringBuilder();
        text.append("---\n")
                .append("title: \"Partnership ")
                .append(i)
                .append(": ")
                .append(THEMES[i % THEMES.length])
                .append(" services co-designed with residents\"\n")
                .append("summary: \"The council of ")
                .append(place)
                .append(" and local social enterprises built services around what people said they")
                .append(" needed, replacing ")
                .append(2 + i % 20)
                .append(" separate contracts with one partnership.\"\n")
                .append("order: ")
                .append(i)
                .append("\nterms:\n  theme:\n    - \"")
                .append(THEMES[i % THEMES.length])
                .append("\"\n    - \"")
                .append(THEMES[(i + 3) % THEMES.length])
                .append("\"\n  procurement-route:\n    - \"")
                .append(ROUTES[i % ROUTES.length])
                .append("\"\ncommissioners:\n  - name: \"")
                .append(place)
                .append(
                        " Council\"\n    kind: \"local-authority\"\n    role: \"Commissioning team\"\n")
                .append("partners:\n");
        for (int p = 0; p < 3; p++) {
            text.append("  - name: \"Partner ")
                    .append(i)
                    .append("-")
                    .append(p)
                    .append("\"\n    kind: \"")
                    .append(KINDS[(i + p) % KINDS.length])
                    .append("\"\n    cites: [report]\n");
        }
        text.append("place:\n  name: \"")
                .append(place)
                .append("\"\n  region: \"")
                .append(REGIONS[i % REGIONS.length])
                .append("\"\n  nation: \"England\"\n")
                .append("contract:\n  startYear: ")
                .append(2010 + i % 15)
                .append("\n  termYears: ")
                .append(1 + i % 10)
                .append("\n  note: \"Extendable by agreement.\"\n")
                .append("outcomes:\n  - text: \"")
                .append(10 + i % 90)
                .append(" people into work in the first year\"\n    figure: \"")
                .append(10 + i % 90)
                .append(" people\"\n    cites: [report]\n  - text: \"Waiting times halved\"\n")
                .append("sources:\n  - id: report\n    label: \"Council report ")
                .append(i)
                .append("\"\n    url: \"https://example.org/reports/")
                .append(i)
                .append("\"\n");
        if (count > 1) {
            text.append("related:\n  - \"").append(id((i + 1) % count)).append("\"\n");
        }
        text.append("---\n");
        for (int paragraph = 0; paragraph < 4; paragraph++) {
            text.append("The partnership in ")
                    .append(place)
                    .append(" met every month for ")
                    .append(paragraph + i % 7)
                    .append(
                            " years. People using services sat on the board, and the **budget** was")
                    .append(" pooled so that money followed need rather than contracts.")
                    .append(" See the [report](https://example.org/reports/")
                    .append(i)
                    .append(") for the figures.\n\n");
        }
        text.append("- prevention first\n- one plan per person\n- trust over contracts\n");
        return text.toString();
    }
}
