package io.herald.api.content.preview;

import java.util.Optional;

/**
 * What a page says about itself, for an item's form: {@code url} where the page was found (after redirects), and
 * its title, summary, image and site name, each absent when the page does not say.
 */
public record PagePreview(String url, Optional<String> title, Optional<String> summary, Optional<String> imageUrl,
                          Optional<String> siteName) {
}
