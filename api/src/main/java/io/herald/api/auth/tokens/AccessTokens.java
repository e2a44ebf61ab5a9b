package io.herald.api.auth.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

import io.herald.api.auth.AuthSettings;
import io.herald.api.people.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Issues access tokens: ES256 JWTs ({@code typ: at+jwt}, RFC 9068) naming the signing key in {@code kid}, with issuer,
 * audience, subject (the user id), {@code role}, {@code iat}, {@code exp} and a unique {@code jti}.
 */
public final class AccessTokens {
    /** The media type of access tokens (RFC 9068): no other kind of JWT can be passed off as one. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
    public static final String ROLE_CLAIM = "role";

    private final JWSSigner signer;
    private final String keyId;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Clock clock;

    public AccessTokens(SigningKeys keys, AuthSettings settings, Clock clock) {
        try {
            this.signer = new ECDSASigner(keys.signingKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("The signing key " + keys.signingKey().getKeyID() + " cannot sign", e);
        }
        this.keyId = keys.signingKey().getKeyID();
        this.issuer = settings.issuer();
        this.audience = settings.audience();
        this.lifetime = settings.accessTokenLifetime();
        this.clock = clock;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public IssuedAccessToken issue(String userId, Role role) {
        // JWT times are whole seconds; truncating here keeps the reported expiry equal to the token's own exp.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(lifetime);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(userId)
                .claim(ROLE_CLAIM, role.id())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE).keyID(keyId).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return new IssuedAccessToken(jwt.serialize(), expiresAt);
    }
}
