package io.herald.api.limits;

import java.time.Clock;
import java.util.Optional;

import io.herald.api.web.ClientAddress;
import io.helidon.config.Config;

/**
 * Every rate limit, read once from {@code herald.limits} (see docs/api-reference.md "Rate limits" for the defaults and why).
 * Each is {@code <requests>/<ISO-8601 period>} or {@code off}; a bad value stops Herald at start naming the key.
 */
public final class RateLimits {
    private final Limit redeem;
    private final Limit refresh;
    private final Limit lint;
    private final Limit links;
    private final Limit conversions;
    private final Limit unknownCodes;

    private RateLimits(Limit redeem, Limit refresh, Limit lint, Limit links, Limit conversions, Limit unknownCodes) {
        this.redeem = redeem;
        this.refresh = refresh;
        this.lint = lint;
        this.links = links;
        this.conversions = conversions;
        this.unknownCodes = unknownCodes;
    }

    public static RateLimits from(Config config, ClientAddress addresses, Clock clock) {
        Config limits = config.get("herald.limits");
        int maxKeys = limits.get("max-keys").asInt().orElse(100_000);
        if (maxKeys < 100) {
            throw new IllegalStateException("herald.limits.max-keys must be at least 100 (got " + maxKeys + ")");
        }
        Factory factory = new Factory(limits, addresses, clock, maxKeys);
        return new RateLimits(factory.limit("redeem", "sign-in attempts", "30/PT1M", null, null),
                              factory.limit("refresh", "token refreshes", "120/PT1M", null, null),
                              factory.limit("lint", "lint requests", "600/PT1M", "user", "60/PT1M"),
                              factory.limit("links", "tracked-link requests", "300/PT1M", "user", "30/PT1M"),
                              factory.limit("conversions", "conversions", "20/PT1M", "key", "600/PT1M"),
                              factory.limit("unknown-codes", "look-ups of unknown link codes", "20/PT1M", null,
                                            null));
    }

    /** {@code POST /api/v1/auth/redeem}, per address. */
    public Limit redeem() {
        return redeem;
    }

    /** {@code POST /api/v1/auth/refresh}, per address. */
    public Limit refresh() {
        return refresh;
    }

    /** {@code POST /api/v1/lint}, per address and per user. */
    public Limit lint() {
        return lint;
    }

    /** {@code POST /api/v1/links}, per address and per user. */
    public Limit links() {
        return links;
    }

    /** {@code POST /api/v1/conversions}: browser calls per address, every call per site key. */
    public Limit conversions() {
        return conversions;
    }

    /** The redirect's database look-ups of codes it does not hold, per address. */
    public Limit unknownCodes() {
        return unknownCodes;
    }

    private record Factory(Config limits, ClientAddress addresses, Clock clock, int maxKeys) {
        Limit limit(String target, String what, String perAddress, String principal, String perPrincipal) {
            return new Limit(what, addresses, rate(target, "address", perAddress),
                             principal == null ? Optional.empty() : rate(target, principal, perPrincipal));
        }

        private Optional<RateLimit> rate(String target, String scope, String fallback) {
            String key = target + ".per-" + scope;
            return Rate.parse("herald.limits." + key, limits.get(key).asString().orElse(fallback))
                    .map(rate -> new RateLimit(target, scope, rate, clock, maxKeys));
        }
    }
}
