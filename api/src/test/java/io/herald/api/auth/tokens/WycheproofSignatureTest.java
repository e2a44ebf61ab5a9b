package io.herald.api.auth.tokens;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.herald.api.web.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Wycheproof's JSON Web Signature vectors against Herald's production verifier, given each group's key set.
 *
 * <p>Every case marked invalid must be rejected. Cases marked valid are valid for a general JWS library; Herald's
 * verifier accepts only ES256 over EC P-256 keys, so the valid ES256 cases must verify (at the signature layer: their
 * payloads are not JWT claims) and the valid cases of every other algorithm must be rejected like the invalid ones.
 */
class WycheproofSignatureTest {
    private static final Path VECTORS = Path.of(System.getProperty("herald.conformance", "../../shared/conformance"))
            .resolve("wycheproof").resolve("json_web_signature_test.json");

    private record Case(int id, String comment, String result, String jws, JWKSet keys) {
        boolean mustReject() {
            return result.equals("invalid");
        }

        /** A valid case that Herald's verifier is meant to accept: ES256 with an EC P-256 key. */
        boolean validEs256() {
            return result.equals("valid")
                   && jws.startsWith(ES256_HEADER_PREFIX)
                   && keys.getKeys().stream().anyMatch(k -> k instanceof ECKey ec && Curve.P_256.equals(ec.getCurve()));
        }

        @Override
        public String toString() {
            return "tcId " + id + " (" + result + ", " + comment + ")";
        }
    }

    /** {"alg":"ES256",... base64url-encoded: every ES256 vector's protected header starts this way. */
    private static final String ES256_HEADER_PREFIX = "eyJhbGciOiJFUzI1NiIs";

    @TestFactory
    Stream<DynamicTest> everyMustRejectCaseIsRejected() throws IOException {
        return cases().stream().filter(Case::mustReject).map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            TokenVerifier verifier = verifier(c.keys());
            assertThrows(InvalidTokenException.class, () -> verifier.verifySignature(c.jws()), c.toString());
            assertThrows(InvalidTokenException.class, () -> verifier.verify(c.jws()), c.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> validEs256CasesVerifyAndOtherValidCasesAreRejected() throws IOException {
        return cases().stream().filter(c -> c.result().equals("valid")).map(c -> DynamicTest.dynamicTest(
                c.toString(), () -> {
                    TokenVerifier verifier = verifier(c.keys());
                    if (c.validEs256()) {
                        assertThat(c.toString(), verifier.verifySignature(c.jws()).toBytes().length > 0, is(true));
                    } else {
                        assertThrows(InvalidTokenException.class, () -> verifier.verifySignature(c.jws()),
                                     c.toString());
                    }
                }));
    }

    @Test
    void theVectorsAreAllThere() throws IOException {
        List<Case> cases = cases();
        JsonNode file = Json.MAPPER.readTree(VECTORS.toFile());
        assertThat(cases.size(), is(file.path("numberOfTests").asInt()));
        assertThat(cases.stream().filter(Case::mustReject).count(), greaterThanOrEqualTo(300L));
        assertThat(cases.stream().filter(Case::validEs256).count(), is(2L));
    }

    private static TokenVerifier verifier(JWKSet keys) {
        return new TokenVerifier(keys, "https://herald.example", "herald-api", Clock.systemUTC());
    }

    private static List<Case> cases() throws IOException {
        JsonNode file = Json.MAPPER.readTree(VECTORS.toFile());
        List<Case> cases = new ArrayList<>();
        for (JsonNode group : file.path("testGroups")) {
            // The verifier gets what a relying party would hold: the public key, or the shared key of HMAC groups.
            JsonNode key = group.has("public") ? group.path("public") : group.path("private");
            JWKSet keys;
            try {
                keys = JWKSet.parse("{\"keys\":[" + key + "]}");
            } catch (java.text.ParseException e) {
                throw new IllegalStateException("Group " + group.path("comment") + " has a key Nimbus cannot read", e);
            }
            for (JsonNode test : group.path("tests")) {
                JsonNode jws = test.path("jws");
                cases.add(new Case(test.path("tcId").asInt(), test.path("comment").asText(),
                                   test.path("result").asText(), jws.isTextual() ? jws.asText() : jws.toString(),
                                   keys));
            }
        }
        return cases;
    }
}
