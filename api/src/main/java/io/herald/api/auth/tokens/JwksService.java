package io.herald.api.auth.tokens;

import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiService;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code GET /.well-known/jwks.json}: the public keys that verify Herald's access tokens, for other services. */
public final class JwksService implements ApiService {
    private final String body;

    public JwksService(SigningKeys keys) {
        // toString(true) writes public parameters only, even if a private key ever slipped into the set.
        this.body = keys.publicKeys().toString(true);
    }

    @Override
    public void routing(AccessRules rules) {
        rules.anyone().get("/jwks.json", this::keys);
    }

    private void keys(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, "application/jwk-set+json");
        res.header(HeaderNames.CACHE_CONTROL, "public, max-age=300");
        res.send(body);
    }
}
