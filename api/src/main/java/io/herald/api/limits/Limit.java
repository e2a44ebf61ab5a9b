package io.herald.api.limits;

import java.time.Duration;
import java.util.Optional;

import io.herald.api.web.ApiException;
import io.herald.api.web.ClientAddress;
import io.helidon.webserver.http.ServerRequest;

/**
 * The limits of one target: per client address and per principal (the signed-in user, or a site key), either of
 * which may be off. A refused request is a 429 problem with {@code Retry-After}.
 */
public final class Limit {
    private final String what;
    private final ClientAddress addresses;
    private final Optional<RateLimit> perAddress;
    private final Optional<RateLimit> perPrincipal;

    Limit(String what, ClientAddress addresses, Optional<RateLimit> perAddress, Optional<RateLimit> perPrincipal) {
        this.what = what;
        this.addresses = addresses;
        this.perAddress = perAddress;
        this.perPrincipal = perPrincipal;
    }

    /** Counts the request against its client address (IPv6: its /64 network); a 429 when that has run out. */
    public void byAddress(ServerRequest req) {
        perAddress.ifPresent(limit -> check(limit, AddressKeys.of(addresses.of(req)), "from this address"));
    }

    /** Counts the request against a user id or a site; a 429 when that has run out. */
    public void byPrincipal(String principal) {
        perPrincipal.ifPresent(limit -> check(limit, principal, "for this " + limit.scope()));
    }

    private void check(RateLimit limit, String key, String whose) {
        Optional<Duration> wait = limit.take(key);
        if (wait.isPresent()) {
            throw ApiException.tooManyRequests(
                    "Too many " + what + " " + whose + " (at most " + limit.rate().requests() + " per "
                    + limit.rate().period().toString().substring(2).toLowerCase(java.util.Locale.ROOT)
                    + "); try again after the time in Retry-After.", wait.get());
        }
    }
}
