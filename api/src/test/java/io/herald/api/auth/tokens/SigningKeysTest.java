package io.herald.api.auth.tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestHerald;
import io.herald.api.people.Role;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Where signing keys come from, which one signs, and that a rotation signs nobody out. */
class SigningKeysTest {
    @Test
    void generatedKeyIsKeptOwnerOnlyAndReusedAcrossRestarts() throws Exception {
        Path dataDir = TestHerald.tempDir();
        Map<String, String> config = Map.of("db.connection.url", TestHerald.memoryDatabaseUrl(),
                                            "herald.data-dir", dataDir.toString());
        Path file = dataDir.resolve("keys").resolve("jwks.json");
        String token;
        try (Herald first = TestHerald.start(config)) {
            token = first.auth().accessTokens().issue("someone", Role.EMPLOYEE).token();
        }
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), is("rw-------"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())),
                       is("rwx------"));
        }
        try (Herald restarted = TestHerald.start(config)) {
            assertThat(restarted.auth().tokenVerifier().verify(token).userId(), is("someone"));
        }
    }

    @Test
    void activeKidChoosesTheSigningKeyAndEveryKeyVerifies() throws Exception {
        ECKey first = SigningKeys.generate();
        ECKey second = SigningKeys.generate();
        Path jwks = write(new JWKSet(List.of(first, second)));

        try (Herald herald = TestHerald.start(Map.of("herald.auth.jwks-file", jwks.toString(),
                                                     "herald.auth.active-kid", second.getKeyID()))) {
            String token = herald.auth().accessTokens().issue("u", Role.ADMIN).token();
            assertThat(SignedJWT.parse(token).getHeader().getKeyID(), is(second.getKeyID()));
            assertThat(herald.auth().tokenVerifier().verify(token).role(), is("admin"));
            assertThat(Files.exists(herald.dataDir().resolve("keys")), is(false));
        }
        try (Herald herald = TestHerald.start(Map.of("herald.auth.jwks-file", jwks.toString()))) {
            String token = herald.auth().accessTokens().issue("u", Role.ADMIN).token();
            assertThat(SignedJWT.parse(token).getHeader().getKeyID(), is(first.getKeyID()));
        }
    }

    @Test
    void rotatedOutKeysKeepVerifyingButNeverSign() throws Exception {
        ECKey old = SigningKeys.generate();
        ECKey current = SigningKeys.generate();
        String database = TestHerald.memoryDatabaseUrl();
        String oldToken;
        try (Herald before = TestHerald.start(Map.of("db.connection.url", database,
                                                     "herald.auth.jwks-file", write(new JWKSet(old)).toString()))) {
            oldToken = before.auth().accessTokens().issue("u", Role.EMPLOYEE).token();
        }

        // Rotation by a separate file of retired keys...
        try (Herald after = TestHerald.start(Map.of(
                "db.connection.url", database,
                "herald.auth.jwks-file", write(new JWKSet(current)).toString(),
                "herald.auth.retired-jwks-file", write(new JWKSet(old.toPublicJWK())).toString()))) {
            assertThat(after.auth().tokenVerifier().verify(oldToken).userId(), is("u"));
            String newToken = after.auth().accessTokens().issue("u", Role.EMPLOYEE).token();
            assertThat(SignedJWT.parse(newToken).getHeader().getKeyID(), is(current.getKeyID()));
        }

        // ...or by marking the old key verify-only inside the one set, even when it is listed first.
        JWK retiredInPlace = new ECKey.Builder(old).keyOperations(java.util.Set.of(KeyOperation.VERIFY)).build();
        try (Herald after = TestHerald.start(Map.of(
                "db.connection.url", database,
                "herald.auth.jwks-file", write(new JWKSet(List.of(retiredInPlace, current))).toString()))) {
            assertThat(after.auth().tokenVerifier().verify(oldToken).userId(), is("u"));
            String newToken = after.auth().accessTokens().issue("u", Role.EMPLOYEE).token();
            assertThat(SignedJWT.parse(newToken).getHeader().getKeyID(), is(current.getKeyID()));
        }

        // Once the old key is dropped, its tokens stop verifying.
        try (Herald later = TestHerald.start(Map.of("db.connection.url", database,
                                                    "herald.auth.jwks-file",
                                                    write(new JWKSet(current)).toString()))) {
            assertThrows(InvalidTokenException.class, () -> later.auth().tokenVerifier().verify(oldToken));
        }
    }

    @Test
    void unusableKeySetsStopHeraldWithAMessageNamingTheProblem() throws Exception {
        JWK rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        IllegalStateException notEc = assertThrows(IllegalStateException.class,
                                                   () -> SigningKeys.of(new JWKSet(rsa), Optional.empty(),
                                                                        new JWKSet()));
        assertThat(notEc.getMessage(), containsString("rsa-1"));

        ECKey key = SigningKeys.generate();
        IllegalStateException unknownKid = assertThrows(IllegalStateException.class,
                                                        () -> SigningKeys.of(new JWKSet(key), Optional.of("nope"),
                                                                             new JWKSet()));
        assertThat(unknownKid.getMessage(), containsString("nope"));

        IllegalStateException publicOnly = assertThrows(IllegalStateException.class,
                                                        () -> SigningKeys.of(new JWKSet(key.toPublicJWK()),
                                                                             Optional.empty(), new JWKSet()));
        assertThat(publicOnly.getMessage(), containsString("no private EC P-256 key"));

        ECKey es384 = new ECKey.Builder(key).algorithm(JWSAlgorithm.ES384).build();
        assertThrows(IllegalStateException.class,
                     () -> SigningKeys.of(new JWKSet(es384), Optional.empty(), new JWKSet()));
        assertThrows(IllegalStateException.class,
                     () -> SigningKeys.of(new JWKSet(key), Optional.empty(), new JWKSet(key.toPublicJWK())));
    }

    private static Path write(JWKSet keys) throws Exception {
        Path file = Files.createTempFile(TestHerald.tempDir(), "jwks", ".json");
        Files.writeString(file, keys.toString(false));
        return file;
    }
}
