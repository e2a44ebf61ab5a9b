package io.herald.api.auth.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.herald.api.auth.AuthSettings;
import io.herald.api.auth.PrivateFiles;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * The EC P-256 keys of Herald's access tokens: one signs, all of them verify.
 *
 * <p>In production they come from a JWK set file ({@code herald.auth.jwks-file}); the key named by
 * {@code herald.auth.active-kid}, or else the first key that may sign, signs. A key may not sign when it has no private
 * part or when its {@code key_ops} lack {@code sign}: that is how a key is marked retired inside the set. Keys of
 * {@code herald.auth.retired-jwks-file} are retired too. Retired keys keep verifying the tokens they signed, so a
 * rotation signs nobody out; drop them once the access-token lifetime has passed. Without a configured file, a key is
 * generated at first start and kept, readable by the owner only, under {@code <data-dir>/keys/jwks.json}.
 */
public final class SigningKeys {
    private static final System.Logger LOG = System.getLogger(SigningKeys.class.getName());

    private final ECKey signingKey;
    private final JWKSet publicKeys;

    private SigningKeys(ECKey signingKey, JWKSet publicKeys) {
        this.signingKey = signingKey;
        this.publicKeys = publicKeys;
    }

    public static SigningKeys load(AuthSettings settings, Path dataDir) {
        Path file = settings.jwksFile().orElseGet(() -> dataDir.resolve("keys").resolve("jwks.json"));
        if (settings.jwksFile().isEmpty() && !Files.exists(file)) {
            PrivateFiles.write(file, new JWKSet(generate()).toString(false));
            LOG.log(Level.INFO, "Generated an ES256 signing key in " + file.toAbsolutePath());
        }
        JWKSet retired = settings.retiredJwksFile().map(SigningKeys::read).orElseGet(JWKSet::new);
        SigningKeys keys = of(read(file), settings.activeKid(), retired);
        LOG.log(Level.INFO, "Access tokens are signed by key " + keys.signingKey.getKeyID() + " of "
                            + file.toAbsolutePath() + "; " + keys.publicKeys.size() + " key(s) verify");
        return keys;
    }

    /** The keys of a JWK set, checked: a set Herald cannot use stops it with a message naming the key. */
    public static SigningKeys of(JWKSet keys, Optional<String> activeKid, JWKSet retired) {
        List<JWK> verifying = new ArrayList<>();
        Set<String> kids = new HashSet<>();
        List<ECKey> signers = new ArrayList<>();
        for (JWK key : keys.getKeys()) {
            ECKey ec = checked(key, kids);
            verifying.add(published(ec));
            if (maySign(ec)) {
                signers.add(ec);
            }
        }
        for (JWK key : retired.getKeys()) {
            verifying.add(published(checked(key, kids)));
        }
        ECKey active = activeKid
                .map(kid -> signers.stream().filter(k -> kid.equals(k.getKeyID())).findFirst()
                        .orElseThrow(() -> new IllegalStateException(
                                "herald.auth.active-kid is " + kid + ", but no key of the JWK set with that kid may "
                                + "sign (it needs the private part 'd' and no key_ops without 'sign')")))
                .or(() -> signers.stream().findFirst())
                .orElseThrow(() -> new IllegalStateException(
                        "The JWK set holds no private EC P-256 key that may sign access tokens"));
        return new SigningKeys(active, new JWKSet(verifying));
    }

    /** Generates a new signing key, named by its RFC 7638 thumbprint. */
    public static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an EC P-256 key", e);
        }
    }

    public ECKey signingKey() {
        return signingKey;
    }

    /** Every key that verifies, public parts only: what {@code /.well-known/jwks.json} publishes. */
    public JWKSet publicKeys() {
        return publicKeys;
    }

    private static ECKey checked(JWK key, Set<String> kids) {
        if (!(key instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
            throw new IllegalStateException("Signing key " + key.getKeyID() + " is not an EC P-256 key; "
                                            + "Herald signs with ES256 only");
        }
        if (ec.getKeyID() == null || ec.getKeyID().isBlank()) {
            throw new IllegalStateException("Every signing key needs a 'kid'; tokens name the key that signed them");
        }
        if (ec.getAlgorithm() != null && !JWSAlgorithm.ES256.getName().equals(ec.getAlgorithm().getName())) {
            throw new IllegalStateException("Signing key " + ec.getKeyID() + " is for " + ec.getAlgorithm()
                                            + "; Herald signs with ES256 only");
        }
        if (ec.getKeyUse() != null && !KeyUse.SIGNATURE.equals(ec.getKeyUse())) {
            throw new IllegalStateException("Signing key " + ec.getKeyID() + " has \"use\": \""
                                            + ec.getKeyUse().identifier() + "\"; only \"sig\" keys sign tokens");
        }
        if (!kids.add(ec.getKeyID())) {
            throw new IllegalStateException("Two signing keys share the kid " + ec.getKeyID());
        }
        return ec;
    }

    /** The public half as verifiers need it, whatever key_ops marked the key retired in the private set. */
    private static ECKey published(ECKey key) {
        return new ECKey.Builder(key.toPublicJWK())
                .keyOperations(null)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256)
                .build();
    }

    private static boolean maySign(ECKey key) {
        Set<KeyOperation> ops = key.getKeyOperations();
        return key.isPrivate() && (ops == null || ops.contains(KeyOperation.SIGN));
    }

    private static JWKSet read(Path file) {
        try {
            return JWKSet.load(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JWK set " + file.toAbsolutePath(), e);
        } catch (ParseException e) {
            throw new IllegalStateException("The JWK set " + file.toAbsolutePath() + " is not valid: "
                                            + e.getMessage(), e);
        }
    }
}
