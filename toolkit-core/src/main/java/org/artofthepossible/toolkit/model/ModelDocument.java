package org.artofthepossible.toolkit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A tool, resource or model document: a contract, agreement, process or checklist to reuse.
 *
 * @param metadata the shared fields
 * @param kind a term of the {@value Vocabulary#DOCUMENT_KIND} vocabulary
 * @param fileFormat the file format, for example {@code PDF} or {@code DOCX}
 * @param sizeBytes the file size in bytes
 * @param version the document's own version
 * @param licence the licence it may be reused under
 * @param lastReviewed when its text was last reviewed
 * @param location a URL, or the path of a resource bundled with the content
 * @param checklist the items of the checklist it is, in order; empty when it is not a checklist
 */
public record ModelDocument(
        ItemMetadata metadata,
        String kind,
        Optional<String> fileFormat,
        OptionalLong sizeBytes,
        Optional<String> version,
        Optional<String> licence,
        Optional<LocalDate> lastReviewed,
        Optional<String> location,
        List<String> checklist)
        implements ContentItem {

    /** Checks the parts and copies the checklist. */
    public ModelDocument {
        Objects.requireNonNull(metadata, "metadata");
        Slugs.requireSlug(kind, "document kind");
        Objects.requireNonNull(fileFormat, "fileFormat");
        if (sizeBytes.isPresent() && sizeBytes.getAsLong() < 0) {
            throw new IllegalArgumentException("sizeBytes must not be negative: " + sizeBytes);
        }
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(lastReviewed, "lastReviewed");
        Objects.requireNonNull(location, "location");
        checklist = List.copyOf(checklist);
    }

    /**
     * Creates a document with only a kind.
     *
     * @param metadata the shared fields
     * @param kind the document kind term
     * @return the document
     */
    public static ModelDocument of(ItemMetadata metadata, String kind) {
        return new ModelDocument(
                metadata,
                kind,
                Optional.empty(),
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    @Override
    public ItemType type() {
        return ItemType.MODEL_DOCUMENT;
    }
}
