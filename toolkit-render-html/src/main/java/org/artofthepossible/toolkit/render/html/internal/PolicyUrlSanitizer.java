package org.artofthepossible.toolkit.render.html.internal;

import org.artofthepossible.toolkit.validation.UrlPolicy;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Lets commonmark keep only the URLs the toolkit's {@link UrlPolicy} allows; others become empty.
 */
final class PolicyUrlSanitizer implements UrlSanitizer {
    @Override
    public String sanitizeLinkUrl(String url) {
        return UrlPolicy.isAllowed(url) ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return sanitizeLinkUrl(url);
    }
}
