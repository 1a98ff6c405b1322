package org.artofthepossible.toolkit.model;

/** The kinds of {@link ContentItem}, with the names used in URLs, file layouts and JSON. */
public enum ItemType {
    /** {@link CaseStudy}. */
    CASE_STUDY(CaseStudy.class, "case-study", "case-studies"),
    /** {@link Faq}. */
    FAQ(Faq.class, "faq", "faqs"),
    /** {@link ModelDocument}. */
    MODEL_DOCUMENT(ModelDocument.class, "document", "documents"),
    /** {@link Page}. */
    PAGE(Page.class, "page", "pages");

    private final Class<? extends ContentItem> javaType;
    private final String id;
    private final String plural;

    ItemType(Class<? extends ContentItem> javaType, String id, String plural) {
        this.javaType = javaType;
        this.id = id;
        this.plural = plural;
    }

    /**
     * Returns the record class of this kind.
     *
     * @return for example {@code CaseStudy.class}
     */
    public Class<? extends ContentItem> javaType() {
        return javaType;
    }

    /**
     * Returns the singular name.
     *
     * @return for example {@code case-study}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the plural name, also the folder of this kind in a content root.
     *
     * @return for example {@code case-studies}
     */
    public String plural() {
        return plural;
    }
}
