package io.herald.api.attribution.clicks;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** The host of a Referer header, the only part of it Herald keeps (a full URL can carry personal data). */
public final class ReferrerHost {
    private static final int MAX_HOST = 253;

    private ReferrerHost() {
    }

    public static Optional<String> of(Optional<String> referrer) {
        return referrer.flatMap(ReferrerHost::host);
    }

    private static Optional<String> host(String referrer) {
        try {
            String host = URI.create(referrer.strip()).getHost();
            if (host == null || host.isEmpty() || host.length() > MAX_HOST) {
                return Optional.empty();
            }
            return Optional.of(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
