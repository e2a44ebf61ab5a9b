package io.herald.api.content;

import java.util.Optional;

import io.herald.api.web.Choice;
import io.herald.api.web.QueryParams;
import io.herald.common.platform.Platform;
import io.helidon.webserver.http.ServerRequest;

/**
 * Filters of the feed: {@code platform} (items shareable there), {@code language} (items with a caption in that
 * language; {@code en} also matches {@code en-GB}), {@code topic} and {@code q} (text), as in the library.
 */
public record FeedFilter(Optional<Platform> platform, Optional<String> language, Optional<String> topic,
                         Optional<String> text) {
    public static final int MAX_QUERY = 200;
    /** No filter: every item the employee may see, with all its captions. */
    static final FeedFilter NONE = new FeedFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                                                  Optional.empty());

    static FeedFilter of(ServerRequest req) {
        return new FeedFilter(
                Choice.query(req, Platform.class, "platform"),
                QueryParams.text(req, "language", LanguageTags.MAX_LENGTH)
                        .map(value -> LanguageTags.check("language", value)),
                QueryParams.text(req, "topic", ContentRequest.MAX_TOPIC),
                QueryParams.text(req, "q", MAX_QUERY));
    }
}
