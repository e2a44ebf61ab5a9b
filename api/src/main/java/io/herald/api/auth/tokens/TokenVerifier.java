package io.herald.api.auth.tokens;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.DefaultJOSEProcessor;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Verifies access tokens against a given key set, and nothing else: only ES256, only over the EC P-256 keys of that set
 * that may verify signatures, only with a {@code kid} naming one of them. Everything else is rejected before any
 * signature check: {@code alg: none}, HMAC tokens (whatever secret they were made with, including Herald's public key),
 * other algorithms, keys embedded in the token's header, encrypted tokens.
 *
 * <p>Claims: {@code typ} must be {@code at+jwt}; the issuer and the audience must match exactly; {@code sub},
 * {@code iat}, {@code exp}, {@code jti} and {@code role} are required; an expired token is refused from the second it
 * expires. No clock skew is allowed on expiry: Herald both issues and verifies, so skew would only lengthen a token's
 * life. A token issued more than {@link #ISSUED_AT_SKEW} in the future is refused: instances behind a load balancer may
 * disagree about the time by a little, but a token from further ahead was made by a clock gone wrong or by a forger
 * who wants it to outlive a deactivation.
 */
public final class TokenVerifier {
    public static final Duration ISSUED_AT_SKEW = Duration.ofSeconds(60);

    private final DefaultJWTProcessor<SecurityContext> tokens;
    private final DefaultJOSEProcessor<SecurityContext> signatures;
    private final Clock clock;

    public TokenVerifier(JWKSet keys, String issuer, String audience, Clock clock) {
        this.clock = clock;
        JWSKeySelector<SecurityContext> keySelector = keySelector(keys);

        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                Set.of(audience),
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of(JWTClaimNames.SUBJECT, JWTClaimNames.ISSUED_AT, JWTClaimNames.EXPIRATION_TIME,
                       JWTClaimNames.JWT_ID, AccessTokens.ROLE_CLAIM),
                Set.of()) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew(0);

        tokens = new DefaultJWTProcessor<>();
        tokens.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(AccessTokens.TYPE));
        tokens.setJWSKeySelector(keySelector);
        tokens.setJWTClaimsSetVerifier(claims);

        // The same key selection and signature verifiers, without the claims: a JWS whose payload is not a JWT.
        signatures = new DefaultJOSEProcessor<>();
        signatures.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JOSE, JOSEObjectType.JWT, AccessTokens.TYPE, null));
        signatures.setJWSKeySelector(keySelector);
    }

    /** A verified access token, or {@link InvalidTokenException} saying what was wrong with it. */
    public VerifiedToken verify(String token) {
        JWTClaimsSet claims = rejectingBadInput(() -> tokens.process(token, null));
        if (!(claims.getClaim(AccessTokens.ROLE_CLAIM) instanceof String role)) {
            throw new InvalidTokenException("its role claim is not a string");
        }
        Instant issuedAt = claims.getIssueTime().toInstant();
        if (issuedAt.isAfter(clock.instant().plus(ISSUED_AT_SKEW))) {
            throw new InvalidTokenException("it was issued in the future");
        }
        return new VerifiedToken(claims.getSubject(), role, claims.getJWTID(), issuedAt,
                                 claims.getExpirationTime().toInstant());
    }

    /**
     * The payload of a compact JWS that this verifier's key selection and ES256 verification accept, whatever the
     * payload is. {@link #verify} applies the same checks before the claims; conformance tests use this one.
     */
    public Payload verifySignature(String jws) {
        return rejectingBadInput(() -> signatures.process(jws, null));
    }

    private interface Step<T> {
        T run() throws ParseException, BadJOSEException, JOSEException;
    }

    private static <T> T rejectingBadInput(Step<T> step) {
        try {
            return step.run();
        } catch (ParseException e) {
            throw new InvalidTokenException("it is not a well-formed compact JWS");
        } catch (BadJOSEException | JOSEException e) {
            throw new InvalidTokenException(e.getMessage());
        } catch (RuntimeException e) {
            // Nimbus parses attacker-controlled input; whatever it trips over is a bad token, not a server error.
            throw new InvalidTokenException("it could not be read");
        }
    }

    /** ES256 over the usable keys, and only when the token names its key: a token without a kid matches nothing. */
    private static JWSKeySelector<SecurityContext> keySelector(JWKSet keys) {
        JWKSet usable = new JWKSet(keys.toPublicJWKSet().getKeys().stream()
                                           .filter(TokenVerifier::verifiesEs256)
                                           .toList());
        JWSVerificationKeySelector<SecurityContext> es256 =
                new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, new ImmutableJWKSet<>(usable));
        return (header, context) -> header.getKeyID() == null ? List.of() : es256.selectJWSKeys(header, context);
    }

    private static boolean verifiesEs256(JWK key) {
        Set<KeyOperation> ops = key.getKeyOperations();
        return key instanceof ECKey ec
               && Curve.P_256.equals(ec.getCurve())
               && key.getKeyID() != null
               && (key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()))
               && (ops == null || ops.contains(KeyOperation.VERIFY))
               && (key.getAlgorithm() == null || JWSAlgorithm.ES256.getName().equals(key.getAlgorithm().getName()));
    }
}
