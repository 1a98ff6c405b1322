package org.artofthepossible.toolkit.render.html.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a theme dresses the renderer's markup. The structure of a page is the same in every theme; a
 * theme adds its own classes to the renderer's {@code toolkit-*} ones, and to elements that have
 * none, and names the stylesheet pages link.
 *
 * <p>{@code default} adds nothing and links the toolkit's own stylesheet. {@code govuk} adds the
 * classes of the GOV.UK Design System (generic header, service navigation, footer, summary list,
 * details, breadcrumbs, pagination, inset text, typography) and links {@value #GOVUK_STYLESHEET},
 * compiled from govuk-frontend by {@code src/main/sass/toolkit-govuk.scss}.
 */
final class Theme {
    static final String GOVUK_STYLESHEET = "toolkit-govuk.css";

    static final Theme DEFAULT = new Theme("default", Map.of(), Map.of(), "toolkit.css");

    static final Theme GOVUK =
            new Theme(
                    "govuk",
                    Map.ofEntries(
                            Map.entry("toolkit", "govuk-template__body"),
                            Map.entry("toolkit-skip-link", "govuk-skip-link"),
                            Map.entry("toolkit-header", "govuk-generic-header"),
                            Map.entry(
                                    "toolkit-header-container",
                                    "govuk-generic-header__container govuk-width-container"),
                            Map.entry("toolkit-title", "govuk-generic-header__logo"),
                            Map.entry("toolkit-title-link", "govuk-generic-header__homepage-link"),
                            Map.entry("toolkit-menu-bar", "govuk-service-navigation"),
                            Map.entry("toolkit-menu-container", "govuk-width-container"),
                            Map.entry(
                                    "toolkit-menu",
                                    "govuk-service-navigation__container"
                                            + " govuk-service-navigation__wrapper"),
                            Map.entry("toolkit-menu-list", "govuk-service-navigation__list"),
                            Map.entry("toolkit-menu-item", "govuk-service-navigation__item"),
                            Map.entry(
                                    "toolkit-menu-item-current",
                                    "govuk-service-navigation__item--active"),
                            Map.entry("toolkit-menu-link", "govuk-service-navigation__link"),
                            Map.entry("toolkit-main", "govuk-main-wrapper govuk-width-container"),
                            Map.entry("toolkit-footer", "govuk-footer"),
                            Map.entry("toolkit-footer-container", "govuk-width-container"),
                            Map.entry("toolkit-footer-meta", "govuk-footer__meta"),
                            Map.entry(
                                    "toolkit-footer-links",
                                    "govuk-footer__meta-item govuk-footer__meta-item--grow"
                                            + " govuk-footer__inline-list"),
                            Map.entry("toolkit-footer-item", "govuk-footer__inline-list-item"),
                            Map.entry("toolkit-footer-link", "govuk-footer__link"),
                            Map.entry("toolkit-publisher", "govuk-footer__meta-item"),
                            Map.entry("toolkit-summary", "govuk-body-l"),
                            Map.entry("toolkit-language-notice", "govuk-inset-text"),
                            Map.entry("toolkit-body", "govuk-body"),
                            Map.entry("toolkit-visually-hidden", "govuk-visually-hidden"),
                            Map.entry("toolkit-facts", "govuk-summary-list"),
                            Map.entry("toolkit-fact", "govuk-summary-list__row"),
                            Map.entry("toolkit-disputed", "govuk-inset-text"),
                            Map.entry("toolkit-breadcrumbs", "govuk-breadcrumbs"),
                            Map.entry("toolkit-breadcrumbs-list", "govuk-breadcrumbs__list"),
                            Map.entry("toolkit-crumb", "govuk-breadcrumbs__list-item"),
                            Map.entry("toolkit-crumb-link", "govuk-breadcrumbs__link"),
                            Map.entry("toolkit-pager", "govuk-pagination govuk-pagination--block"),
                            Map.entry("toolkit-previous", "govuk-pagination__prev"),
                            Map.entry("toolkit-next", "govuk-pagination__next"),
                            Map.entry("toolkit-pager-link", "govuk-link govuk-pagination__link"),
                            Map.entry("toolkit-question", "govuk-details"),
                            Map.entry("toolkit-question-summary", "govuk-details__summary"),
                            Map.entry("toolkit-question-text", "govuk-details__summary-text"),
                            Map.entry("toolkit-answer", "govuk-details__text"),
                            Map.entry("toolkit-transcript", "govuk-details"),
                            Map.entry("toolkit-entries", "govuk-list"),
                            Map.entry("toolkit-count", "govuk-body-s"),
                            Map.entry("toolkit-meta", "govuk-body-s"),
                            Map.entry("toolkit-inferred", "govuk-hint"),
                            Map.entry("toolkit-outcomes", "govuk-list govuk-list--bullet"),
                            Map.entry("toolkit-videos", "govuk-list govuk-list--bullet"),
                            Map.entry("toolkit-related", "govuk-list govuk-list--bullet"),
                            Map.entry("toolkit-sources", "govuk-list govuk-list--bullet"),
                            Map.entry("toolkit-checklist", "govuk-list govuk-list--bullet"),
                            Map.entry("toolkit-document-link", "govuk-body"),
                            Map.entry("toolkit-back", "govuk-body"),
                            Map.entry("toolkit-icon", "govuk-!-margin-right-1"),
                            Map.entry("toolkit-search-label", "govuk-label govuk-label--s"),
                            Map.entry("toolkit-search-input", "govuk-input"),
                            Map.entry("toolkit-search-button", "govuk-button"),
                            Map.entry("toolkit-hint", "govuk-hint"),
                            Map.entry("toolkit-results", "govuk-list"),
                            Map.entry("toolkit-snippet", "govuk-body"),
                            Map.entry("toolkit-suggestion", "govuk-body"),
                            Map.entry("toolkit-tips", "govuk-list govuk-list--bullet"),
                            Map.entry("toolkit-form-group", "govuk-form-group"),
                            Map.entry("toolkit-form-group-error", "govuk-form-group--error"),
                            Map.entry("toolkit-label-wrapper", "govuk-label-wrapper"),
                            Map.entry("toolkit-label", "govuk-label govuk-label--s"),
                            Map.entry("toolkit-textarea", "govuk-textarea"),
                            Map.entry("toolkit-textarea-error", "govuk-textarea--error"),
                            Map.entry("toolkit-input", "govuk-input"),
                            Map.entry("toolkit-input-error", "govuk-input--error"),
                            Map.entry("toolkit-select", "govuk-select"),
                            Map.entry("toolkit-error-message", "govuk-error-message"),
                            Map.entry("toolkit-error-summary", "govuk-error-summary"),
                            Map.entry("toolkit-error-summary-title", "govuk-error-summary__title"),
                            Map.entry("toolkit-error-summary-body", "govuk-error-summary__body"),
                            Map.entry(
                                    "toolkit-error-summary-list",
                                    "govuk-list govuk-error-summary__list"),
                            Map.entry("toolkit-button", "govuk-button"),
                            Map.entry("toolkit-panel", "govuk-panel govuk-panel--confirmation"),
                            Map.entry("toolkit-panel-title", "govuk-panel__title"),
                            Map.entry("toolkit-panel-body", "govuk-panel__body"),
                            Map.entry("toolkit-ask-box", "govuk-inset-text")),
                    Map.ofEntries(
                            Map.entry("html", "govuk-template"),
                            Map.entry("h1", "govuk-heading-xl"),
                            Map.entry("h2", "govuk-heading-m"),
                            Map.entry("h3", "govuk-heading-s"),
                            Map.entry("p", "govuk-body"),
                            Map.entry("a", "govuk-link"),
                            Map.entry("ul", "govuk-list govuk-list--bullet"),
                            Map.entry("ol", "govuk-list govuk-list--number"),
                            Map.entry("dt", "govuk-summary-list__key"),
                            Map.entry("dd", "govuk-summary-list__value")),
                    GOVUK_STYLESHEET);

    private static final Set<Theme> ALL = Set.of(DEFAULT, GOVUK);

    private final String id;
    private final Map<String, String> byClass;
    private final Map<String, String> byTag;
    private final Map<String, String> withAdded = new ConcurrentHashMap<>();

    /** Opening tags without attributes as this theme writes them, by element. */
    private final Map<String, String> bareOpenings = new ConcurrentHashMap<>();

    /** Opening tags of constant attributes as this theme writes them, by tag (by identity). */
    private final Map<Markup.Tag, String> openings = new ConcurrentHashMap<>();

    private final String stylesheet;

    private Theme(
            String id, Map<String, String> byClass, Map<String, String> byTag, String stylesheet) {
        this.id = id;
        this.byClass = byClass;
        this.byTag = byTag;
        this.stylesheet = stylesheet;
    }

    static Set<String> ids() {
        return Set.of(DEFAULT.id, GOVUK.id);
    }

    /** The theme with this id, or null for an id no theme has. */
    static Theme of(String id) {
        return ALL.stream().filter(t -> t.id.equals(id)).findFirst().orElse(null);
    }

    String id() {
        return id;
    }

    String stylesheet() {
        return stylesheet;
    }

    /** How this theme opens an element given no attributes: {@code <p>}, or with its class. */
    String opening(String tag) {
        String written = bareOpenings.get(tag);
        return written != null
                ? written
                : bareOpenings.computeIfAbsent(tag, t -> new Markup.Tag(t).write(this));
    }

    /** How this theme writes a tag of constant attributes. */
    String opening(Markup.Tag tag) {
        String written = openings.get(tag);
        return written != null ? written : openings.computeIfAbsent(tag, t -> t.write(this));
    }

    /**
     * The classes an element gets: the renderer's own, plus the theme's for them, or for the
     * element when the renderer gave it none.
     *
     * @param tag the element
     * @param own the renderer's classes, or null
     * @return the classes, or null for none
     */
    String classes(String tag, String own) {
        if (own == null) {
            return byTag.get(tag);
        }
        if (byClass.isEmpty()) {
            return own;
        }
        // The classes the markup asks for are few and fixed: work each one out once.
        return withAdded.computeIfAbsent(own, this::addClasses);
    }

    private String addClasses(String own) {
        var all = new StringBuilder(own);
        for (String name : own.split(" ")) {
            String added = byClass.get(name);
            if (added != null) {
                all.append(' ').append(added);
            }
        }
        return all.toString();
    }
}
