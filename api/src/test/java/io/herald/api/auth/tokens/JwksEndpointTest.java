package io.herald.api.auth.tokens;

import java.util.Base64;
import java.util.List;

import io.herald.api.Herald;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.web.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** {@code GET /.well-known/jwks.json}: the keys that verify Herald's tokens, and never a private part of them. */
@ServerTest
class JwksEndpointTest {
    private static final Herald HERALD = TestHerald.start();
    /** Every private JWK member (RFC 7518): EC "d", RSA "d p q dp dq qi oth", symmetric "k". */
    private static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    private final Http1Client client;

    JwksEndpointTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        TestServer.setUp(server, HERALD);
    }

    @AfterAll
    static void close() {
        HERALD.close();
    }

    @Test
    void publishesThePublicKeysOnly() throws Exception {
        String body;
        try (Http1ClientResponse res = client.get("/.well-known/jwks.json").request()) {
            assertThat(res.status().code(), is(200));
            assertThat(res.headers().first(HeaderNames.CONTENT_TYPE).orElseThrow(),
                       containsString("application/jwk-set+json"));
            body = res.as(String.class);
        }
        JsonNode keys = Json.MAPPER.readTree(body).path("keys");
        assertThat(keys.size(), is(1));
        for (JsonNode key : keys) {
            for (String member : PRIVATE_MEMBERS) {
                assertThat("published key has private member " + member, key.has(member), is(false));
            }
            assertThat(key.path("kty").asText(), is("EC"));
            assertThat(key.path("crv").asText(), is("P-256"));
        }
        // The private key really is on disk, so the check above is not vacuous.
        assertThat(JWKSet.load(HERALD.dataDir().resolve("keys").resolve("jwks.json").toFile()).getKeys().getFirst()
                           .isPrivate(), is(true));
    }

    @Test
    void accessTokensNameAPublishedKeyThatVerifiesThem() throws Exception {
        String token = new TestUsers(HERALD).employee().accessToken();
        JsonNode header = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        assertThat(header.path("alg").asText(), is("ES256"));
        assertThat(header.path("typ").asText(), is("at+jwt"));

        JWKSet published;
        try (Http1ClientResponse res = client.get("/.well-known/jwks.json").request()) {
            published = JWKSet.parse(res.as(String.class));
        }
        assertThat(published.getKeyByKeyId(header.path("kid").asText()) != null, is(true));
        TokenVerifier relyingParty = new TokenVerifier(published, HERALD.auth().settings().issuer(),
                                                       HERALD.auth().settings().audience(), HERALD.clock());
        assertThat(relyingParty.verify(token).role(), is("employee"));
        assertThat(relyingParty.verify(token).tokenId().isEmpty(), is(false));
    }
}
