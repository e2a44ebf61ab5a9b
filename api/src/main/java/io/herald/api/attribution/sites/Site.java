package io.herald.api.attribution.sites;

import java.time.Instant;
import java.util.List;

/**
 * A company website. The key is shown in every answer, not only once: it is not a secret (it is written into the
 * site's pages for the snippet), it only says which site a conversion comes from. Rotating it retires the old one.
 */
public record Site(String id, String name, String key, List<String> allowedOrigins, Instant createdAt,
                   Instant keyCreatedAt) {
    public boolean allows(String origin) {
        return allowedOrigins.contains(origin);
    }
}
