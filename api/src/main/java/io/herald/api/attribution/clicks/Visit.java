package io.herald.api.attribution.clicks;

import java.util.Optional;

/**
 * One request to {@code /r/{code}} as the redirect saw it, waiting in memory to be written. The client address and
 * the full referrer stay here and are never persisted: the writer turns them into the visitor hash and the referrer
 * host.
 *
 * @param clickId       the {@code hclid} given in the redirect
 * @param linkId        the link visited
 * @param at            epoch millis of the request
 * @param head          a HEAD request (always a bot visit: browsers navigate with GET)
 * @param clientAddress the client's IP address as text
 * @param userAgent     the User-Agent header, empty when absent
 * @param referrer      the Referer header, when sent
 */
public record Visit(String clickId, String linkId, long at, boolean head, String clientAddress, String userAgent,
                    Optional<String> referrer) {
}
