package org.artofthepossible.toolkit.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The accessibility statement of the site the toolkit is published as: what regulation 8 of the
 * Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
 * requires a statement to hold. It says how far the site complies, and what is not accessible and
 * why. It also says how a visitor reports a problem, where a complaint goes when the answer does
 * not satisfy, and when and how the statement was prepared.
 *
 * @param status how far the site meets WCAG 2.2 level AA
 * @param nonCompliant content that fails the standard, each entry what fails and when it will be
 *     fixed
 * @param disproportionateBurden content the publisher judged a disproportionate burden to fix, with
 *     why
 * @param outOfScope content outside the regulations, such as documents published by others
 * @param contact how a visitor reports a problem or asks for content in another format
 * @param enforcement the body that enforces the regulations where the publisher is
 * @param method how the site was tested
 * @param prepared when the statement was prepared
 * @param reviewed when it was last reviewed
 */
public record AccessibilityStatement(
        Status status,
        List<LocalizedText> nonCompliant,
        List<LocalizedText> disproportionateBurden,
        List<LocalizedText> outOfScope,
        Contact contact,
        Enforcement enforcement,
        LocalizedText method,
        LocalDate prepared,
        LocalDate reviewed) {

    /** How far the site complies with the standard. */
    public enum Status {
        /** Fully compliant: nothing fails the standard. */
        FULL,
        /** Partially compliant: some content fails, listed in the statement. */
        PARTIAL,
        /** Not compliant: most content fails, or the site was not tested. */
        NOT
    }

    /** Who enforces the regulations, by where the publisher is. */
    public enum Enforcement {
        /**
         * England, Scotland and Wales: the Equality and Human Rights Commission, with the Equality
         * Advisory and Support Service for complaints.
         */
        GREAT_BRITAIN,
        /** Northern Ireland: the Equality Commission for Northern Ireland. */
        NORTHERN_IRELAND
    }

    /**
     * Where a visitor reports a problem: an email address, a contact page, or both.
     *
     * @param email the address problems are sent to
     * @param url the page on which they are reported
     */
    public record Contact(Optional<String> email, Optional<URI> url) {
        /** Checks that there is a way to report. */
        public Contact {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(url, "url");
            if (email.isEmpty() && url.isEmpty()) {
                throw new IllegalArgumentException(
                        "an accessibility statement needs an email address or a page to report a"
                                + " problem to");
            }
            url.ifPresent(
                    u -> {
                        if (!u.isAbsolute() || !List.of("https", "http").contains(u.getScheme())) {
                            throw new IllegalArgumentException(
                                    "the contact page must be an absolute http or https URL: " + u);
                        }
                    });
        }
    }

    /** Copies the lists and checks that the parts agree. */
    public AccessibilityStatement {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(enforcement, "enforcement");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(reviewed, "reviewed");
        nonCompliant = List.copyOf(nonCompliant);
        disproportionateBurden = List.copyOf(disproportionateBurden);
        outOfScope = List.copyOf(outOfScope);
        if (reviewed.isBefore(prepared)) {
            throw new IllegalArgumentException(
                    "the statement was reviewed ("
                            + reviewed
                            + ") before it was prepared ("
                            + prepared
                            + ")");
        }
        if (status == Status.FULL && !nonCompliant.isEmpty()) {
            throw new IllegalArgumentException(
                    "a fully compliant site has no non-compliant content, but the statement lists "
                            + nonCompliant.size());
        }
        if (status == Status.PARTIAL
                && nonCompliant.isEmpty()
                && disproportionateBurden.isEmpty()) {
            throw new IllegalArgumentException(
                    "a partially compliant site must say what is not accessible: list it under"
                            + " nonCompliant or disproportionateBurden");
        }
    }
}
