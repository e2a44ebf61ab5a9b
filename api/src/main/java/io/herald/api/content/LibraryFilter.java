package io.herald.api.content;

import java.util.Optional;

import io.herald.api.web.Choice;
import io.herald.api.web.QueryParams;
import io.helidon.webserver.http.ServerRequest;

/**
 * Filters of the admin library: {@code status}, {@code topic} (case-insensitive), {@code team} (items explicitly
 * targeted at that team) and {@code q} (case-insensitive text in title, summary or captions).
 */
public record LibraryFilter(Optional<ContentStatus> status, Optional<String> topic, Optional<String> team,
                            Optional<String> text) {
    public static final LibraryFilter ALL = new LibraryFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                                                              Optional.empty());

    static LibraryFilter of(ServerRequest req) {
        return new LibraryFilter(
                Choice.query(req, ContentStatus.class, "status"),
                QueryParams.text(req, "topic", ContentRequest.MAX_TOPIC),
                QueryParams.text(req, "team", ContentRequest.MAX_TEAM_ID),
                QueryParams.text(req, "q", FeedFilter.MAX_QUERY));
    }
}
