package io.herald.api.content.preview;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import io.herald.api.content.ContentRequest;
import io.herald.api.web.ApiException;
import io.herald.api.web.WebUrls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's title, summary and image for an item: Open Graph first ({@code og:title}, {@code og:description},
 * {@code og:image}), then Twitter Cards, then {@code <title>} and {@code <meta name="description">}. The page is
 * parsed with jsoup (an HTML5 parser: what a browser would make of the markup); values are trimmed to what an item
 * holds, and an image address is kept only if it is one Herald would store.
 */
public final class PagePreviews {
    private final PageFetcher fetcher;
    private final boolean allowLocalUrls;

    public PagePreviews(PageFetcher fetcher, boolean allowLocalUrls) {
        this.fetcher = fetcher;
        this.allowLocalUrls = allowLocalUrls;
    }

    public PagePreview preview(String url) {
        URI address;
        try {
            address = new URI(WebUrls.check("url", url));
        } catch (URISyntaxException e) {
            throw ApiException.invalidField("url", "is not a web address.");
        }
        PageFetcher.Fetched page = fetcher.fetch(address);
        if (!page.mediaType().equals("text/html") && !page.mediaType().equals("application/xhtml+xml")) {
            throw PageFetcher.refused("the address leads to " + page.mediaType() + ", not to a web page.");
        }
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(page.body()), page.charset().orElse(null),
                                   page.url().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PagePreview(
                page.url().toString(),
                first(document, "meta[property=og:title]", "meta[name=twitter:title]").or(() -> text(document.title()))
                        .map(title -> shorten(title, ContentRequest.MAX_TITLE)),
                first(document, "meta[property=og:description]", "meta[name=twitter:description]",
                      "meta[name=description]").map(summary -> shorten(summary, ContentRequest.MAX_SUMMARY)),
                image(document),
                first(document, "meta[property=og:site_name]").map(name -> shorten(name, 100)));
    }

    private Optional<String> image(Document document) {
        for (String query : new String[] {"meta[property=og:image:secure_url]", "meta[property=og:image]",
                                          "meta[property=og:image:url]", "meta[name=twitter:image]",
                                          "meta[name=twitter:image:src]"}) {
            Element meta = document.selectFirst(query);
            if (meta == null) {
                continue;
            }
            String absolute = meta.absUrl("content");
            try {
                String url = WebUrls.check("imageUrl", absolute);
                if (!allowLocalUrls) {
                    WebUrls.refuseLocal("imageUrl", url);
                }
                return Optional.of(url);
            } catch (ApiException notStorable) {
                // An address Herald would refuse in the item is no help in the form: try the next tag.
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(Document document, String... queries) {
        for (String query : queries) {
            Element meta = document.selectFirst(query);
            if (meta != null) {
                Optional<String> text = text(meta.attr("content"));
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }

    /** One line of visible text: control characters and runs of white space become one space. */
    private static Optional<String> text(String value) {
        String clean = value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return clean.isEmpty() ? Optional.empty() : Optional.of(clean);
    }

    /** At most {@code max} characters, cut at a space with an ellipsis when it has to be cut. */
    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }
}
