package io.herald.api.web;

import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

/**
 * Strong entity tags made from a resource's version number, and the RFC 9110 comparisons of {@code If-Match}
 * (strong) and {@code If-None-Match} (weak) against them.
 */
public final class ETags {
    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The {@code If-Match} header, if the request sent one. */
    public static Optional<String> ifMatch(ServerRequest req) {
        return req.headers().first(HeaderNames.IF_MATCH).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** Whether an {@code If-Match} value names this ETag; weak tags never match (strong comparison). */
    public static boolean matchesStrongly(String ifMatch, String etag) {
        for (String candidate : ifMatch.split(",")) {
            if (candidate.strip().equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the request's {@code If-None-Match} names this ETag (weak comparison, {@code *} matches any). */
    public static boolean notModified(ServerRequest req, String etag) {
        return req.headers().first(HeaderNames.IF_NONE_MATCH).map(header -> {
            for (String candidate : header.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }).orElse(false);
    }
}
