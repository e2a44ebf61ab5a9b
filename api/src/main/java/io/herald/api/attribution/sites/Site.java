package io.herald.api.attribution.sites;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A company website. The public key is shown in every answer, not only once: it is not a secret (it is written into
 * the site's pages for the snippet), it only says which site a browser's conversion comes from, and the allowed
 * origins say which pages may send it. The secret key, for conversions sent by the site's servers, is shown once: in
 * the answer that made it ({@code secretKey}); Herald keeps only its hash. Rotating either retires the old one.
 *
 * @param maxValue           this site's cap on a conversion's value; empty: {@code herald.conversions.max-value}
 * @param secretKeyCreatedAt when the current secret key was made; empty while the site has none
 * @param secretKey          only in the answer that made it
 */
public record Site(String id, String name, String key, List<String> allowedOrigins, Optional<BigDecimal> maxValue,
                   Instant createdAt, Instant keyCreatedAt, Optional<Instant> secretKeyCreatedAt,
                   Optional<String> secretKey) {
    public boolean allows(String origin) {
        return allowedOrigins.contains(origin);
    }

    Site withSecretKey(String secret) {
        return new Site(id, name, key, allowedOrigins, maxValue, createdAt, keyCreatedAt, secretKeyCreatedAt,
                        Optional.of(secret));
    }
}
