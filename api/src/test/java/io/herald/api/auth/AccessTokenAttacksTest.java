package io.herald.api.auth;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.auth.tokens.AccessTokens;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static io.herald.api.TestCalls.Caller.authorization;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * Every way of forging or misusing an access token, sent over HTTP to a protected endpoint: each one must get 401.
 * Forged tokens are made with Herald's own private key where the attack needs it (wrong issuer, wrong audience,
 * missing claims), so the only thing wrong with them is the thing under test.
 */
@ServerTest
class AccessTokenAttacksTest {
    private static final TestClock CLOCK = new TestClock();
    private static final Herald HERALD = TestHerald.start(Map.of(), CLOCK);
    private static final String PROTECTED = "/api/v1/me";

    private final TestCalls calls;
    private final TestUsers users = new TestUsers(HERALD);

    AccessTokenAttacksTest(Http1Client client) {
        this.calls = new TestCalls(client);
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
    void genuineTokenIsAccepted() {
        assertThat(me(users.employee().accessToken()).status(), is(200));
    }

    @Test
    void forgeryHelperMakesAcceptedTokensWhenNothingIsWrong() throws Exception {
        // Guards the tests below: their tokens fail only because of the one thing each one changes.
        assertThat(me(sign(heraldKey(), header(heraldKey().getKeyID()), claims(users.employee().userId())))
                           .status(), is(200));
    }

    @Test
    void noTokenIsRefused() {
        Reply reply = calls.get(PROTECTED, ANONYMOUS);
        assertThat(reply.status(), is(401));
        assertThat(reply.text("detail"), containsString("Bearer"));
    }

    @Test
    void otherAuthorizationSchemeIsRefused() {
        assertThat(calls.get(PROTECTED, authorization("Basic YWRtaW46YWRtaW4=")).status(), is(401));
    }

    @Test
    void badSignatureIsRefused() {
        String token = users.employee().accessToken();
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[10] ^= 0x01;
        String tampered = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(signature);

        assertThat(me(tampered).status(), is(401));
    }

    @Test
    void tamperedPayloadIsRefused() throws Exception {
        TestUsers.Session employee = users.employee();
        String[] parts = employee.accessToken().split("\\.");
        JWTClaimsSet original = JWTClaimsSet.parse(new String(Base64.getUrlDecoder().decode(parts[1]),
                                                              StandardCharsets.UTF_8));
        JWTClaimsSet promoted = new JWTClaimsSet.Builder(original).claim("role", "admin")
                .subject(users.admin().userId()).build();
        String forged = parts[0] + "." + b64(promoted.toString()) + "." + parts[2];

        assertThat(me(forged).status(), is(401));
    }

    @Test
    void algNoneIsRefused() {
        String userId = users.employee().userId();
        String header = "{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + heraldKey().getKeyID() + "\"}";
        String token = b64(header) + "." + b64(claims(userId).toString()) + ".";

        assertThat(me(token).status(), is(401));
        assertThat(me(token + "AAAA").status(), is(401));
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() throws Exception {
        String userId = users.employee().userId();
        ECKey publicKey = heraldKey().toPublicJWK();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(AccessTokens.TYPE)
                .keyID(publicKey.getKeyID()).build();
        // The classic confusion attack: the verifier's own (public) key material used as an HMAC secret, in the
        // encodings a careless verifier might feed to HMAC.
        byte[][] secrets = {
                publicKey.toECPublicKey().getEncoded(),
                publicKey.toJSONString().getBytes(StandardCharsets.UTF_8),
                calls.get("/.well-known/jwks.json", ANONYMOUS).body().toString()
                        .getBytes(StandardCharsets.UTF_8)
        };
        for (byte[] secret : secrets) {
            assertThat(me(sign(new MACSigner(secret), header, claims(userId))).status(), is(401));
        }
    }

    @Test
    void expiredTokenIsRefused() {
        String token = users.employee().accessToken();
        Duration lifetime = HERALD.auth().settings().accessTokenLifetime();

        CLOCK.advance(lifetime.minusSeconds(2));
        assertThat(me(token).status(), is(200));

        CLOCK.advance(Duration.ofSeconds(3));
        Reply reply = me(token);
        assertThat(reply.status(), is(401));
        assertThat(reply.text("detail"), containsString("Expired"));
    }

    @Test
    void tokenIssuedInTheFutureIsRefusedBeyondAMinuteOfSkew() throws Exception {
        String userId = users.employee().userId();
        Instant now = CLOCK.instant();
        JWTClaimsSet slightlyAhead = new JWTClaimsSet.Builder(claims(userId))
                .issueTime(Date.from(now.plusSeconds(30))).build();
        JWTClaimsSet farAhead = new JWTClaimsSet.Builder(claims(userId))
                .issueTime(Date.from(now.plusSeconds(120))).build();

        assertThat(me(sign(heraldKey(), header(heraldKey().getKeyID()), slightlyAhead)).status(), is(200));
        Reply reply = me(sign(heraldKey(), header(heraldKey().getKeyID()), farAhead));
        assertThat(reply.status(), is(401));
        assertThat(reply.text("detail"), containsString("issued in the future"));
    }

    @Test
    void wrongIssuerIsRefused() throws Exception {
        String userId = users.employee().userId();
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(userId)).issuer("https://evil.example").build();

        assertThat(me(sign(heraldKey(), header(heraldKey().getKeyID()), claims)).status(), is(401));
    }

    @Test
    void wrongAudienceIsRefused() throws Exception {
        String userId = users.employee().userId();
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(userId)).audience("another-service").build();

        assertThat(me(sign(heraldKey(), header(heraldKey().getKeyID()), claims)).status(), is(401));
    }

    @Test
    void unknownKidIsRefused() throws Exception {
        String userId = users.employee().userId();
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("unknown-kid").generate();

        assertThat(me(sign(stranger, header("unknown-kid"), claims(userId))).status(), is(401));
        // Herald's own key under a kid it does not publish: refused too, the kid must name the key.
        assertThat(me(sign(heraldKey(), header("unknown-kid"), claims(userId))).status(), is(401));
    }

    @Test
    void missingKidIsRefused() throws Exception {
        String userId = users.employee().userId();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(AccessTokens.TYPE).build();

        assertThat(me(sign(heraldKey(), header, claims(userId))).status(), is(401));
    }

    @Test
    void strangerKeyClaimingHeraldsKidIsRefused() throws Exception {
        String userId = users.employee().userId();
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID(heraldKey().getKeyID()).generate();
        // The attacker also embeds their own key in the header, hoping the verifier trusts it.
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(AccessTokens.TYPE)
                .keyID(heraldKey().getKeyID()).jwk(stranger.toPublicJWK()).build();

        assertThat(me(sign(stranger, header, claims(userId))).status(), is(401));
    }

    @Test
    void missingRequiredClaimsAreRefused() throws Exception {
        String userId = users.employee().userId();
        for (Consumer<JWTClaimsSet.Builder> drop : java.util.List.<Consumer<JWTClaimsSet.Builder>>of(
                b -> b.jwtID(null), b -> b.issueTime(null), b -> b.expirationTime(null), b -> b.claim("role", null),
                b -> b.subject(null))) {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder(claims(userId));
            drop.accept(builder);
            assertThat(me(sign(heraldKey(), header(heraldKey().getKeyID()), builder.build())).status(), is(401));
        }
    }

    @Test
    void otherTokenTypeIsRefused() throws Exception {
        String userId = users.employee().userId();
        JWSHeader idTokenLike = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT)
                .keyID(heraldKey().getKeyID()).build();

        assertThat(me(sign(heraldKey(), idTokenLike, claims(userId))).status(), is(401));
    }

    @Test
    void garbageIsRefusedWithoutAServerError() {
        for (String garbage : new String[] {"", "x", "a.b.c", "....", "eyJ.eyJ.eyJ", "\u00e9\u00e9.\u00e9"}) {
            assertThat(me(garbage).status(), is(401));
        }
    }

    @Test
    void publicPathsIgnoreBadTokens() {
        assertThat(calls.get("/observe/health", authorization("Bearer not-a-token")).status(), is(200));
        assertThat(calls.get("/.well-known/jwks.json", authorization("Bearer not-a-token")).status(), is(200));
    }

    private Reply me(String token) {
        return calls.get(PROTECTED, authorization("Bearer " + token));
    }

    private static ECKey heraldKey() {
        try {
            Path file = HERALD.dataDir().resolve("keys").resolve("jwks.json");
            return (ECKey) JWKSet.load(file.toFile()).getKeys().getFirst();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWSHeader header(String kid) {
        return new JWSHeader.Builder(JWSAlgorithm.ES256).type(AccessTokens.TYPE).keyID(kid).build();
    }

    /** Claims exactly like Herald's own, valid now. */
    private static JWTClaimsSet claims(String userId) {
        Instant now = CLOCK.instant();
        return new JWTClaimsSet.Builder()
                .issuer(HERALD.auth().settings().issuer())
                .audience(HERALD.auth().settings().audience())
                .subject(userId)
                .claim("role", "employee")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .build();
    }

    private static String sign(ECKey key, JWSHeader header, JWTClaimsSet claims) throws Exception {
        return sign(new ECDSASigner(key), header, claims);
    }

    private static String sign(JWSSigner signer, JWSHeader header, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
