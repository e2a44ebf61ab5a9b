package io.herald.api.limits;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;

/**
 * One limit of one target and scope ({@code redeem} per {@code address}, {@code lint} per {@code user}): a token
 * bucket per key, in memory, per Herald instance. A bucket holds {@link Rate#requests()} tokens and refills at that
 * many per {@link Rate#period()}; a request takes one, or is refused with the time until one is back.
 *
 * <p>At most {@code maxKeys} buckets are kept: past that, buckets that are full again (their key has been quiet for a
 * period) are dropped, and if that frees too little (a flood from very many addresses), all are, which lets those
 * keys start afresh rather than refusing keys never seen. Refusals are counted in {@code herald_rate_limited_total}
 * with the tags {@code target} and {@code per} (the scope).
 */
public final class RateLimit {
    private static final System.Logger LOG = System.getLogger(RateLimit.class.getName());

    private final String target;
    private final String scope;
    private final Rate rate;
    private final Clock clock;
    private final int maxKeys;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Counter refused;

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }

    RateLimit(String target, String scope, Rate rate, Clock clock, int maxKeys) {
        this.target = target;
        this.scope = scope;
        this.rate = rate;
        this.clock = clock;
        this.maxKeys = maxKeys;
        this.refused = Metrics.globalRegistry().getOrCreate(
                Counter.builder("herald.rate.limited")
                        .description("Requests refused with 429 by a rate limit, by target and by what it counts per "
                                     + "(address, user, key).")
                        // Not "scope": Helidon's registry uses that tag for its own scopes (application, base).
                        .tags(List.of(Tag.create("target", target), Tag.create("per", scope))));
    }

    public String target() {
        return target;
    }

    public String scope() {
        return scope;
    }

    public Rate rate() {
        return rate;
    }

    /** Takes a token for the key: empty when the request may go on, otherwise how long until it may. */
    public Optional<Duration> take(String key) {
        long now = clock.millis();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys) {
                makeRoom(now);
            }
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(rate.requests(), now));
        }
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Optional.empty();
            }
            refused.increment();
            return Optional.of(Duration.ofMillis((long) Math.ceil((1 - bucket.tokens) / rate.perMilli())));
        }
    }

    private void refill(Bucket bucket, long now) {
        if (now > bucket.updatedAt) {
            bucket.tokens = Math.min(rate.requests(), bucket.tokens + (now - bucket.updatedAt) * rate.perMilli());
            bucket.updatedAt = now;
        }
    }

    private synchronized void makeRoom(long now) {
        if (buckets.size() < maxKeys) {
            return;
        }
        buckets.values().removeIf(bucket -> {
            synchronized (bucket) {
                refill(bucket, now);
                return bucket.tokens >= rate.requests();
            }
        });
        if (buckets.size() >= maxKeys * 9L / 10) {
            LOG.log(Level.WARNING, "Rate limit " + target + " per " + scope + ": more than " + maxKeys
                                   + " keys busy at once; starting them all afresh");
            buckets.clear();
        }
    }
}
