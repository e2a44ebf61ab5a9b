package io.herald.api.auth;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.herald.api.web.PublicUrl;
import io.helidon.config.Config;

/**
 * The {@code herald.auth.*} configuration, read once at start so that a bad value stops Herald with a message naming
 * the key instead of failing on the first sign-in.
 *
 * @param issuer                the {@code iss} of access tokens; defaults to {@code herald.public-url}
 * @param audience              the {@code aud} of access tokens
 * @param accessTokenLifetime   how long an access token is accepted
 * @param refreshTokenLifetime  how long a refresh token may be used (each rotation starts a new period)
 * @param inviteLifetime        how long an invite code may be redeemed
 * @param signInCodeLifetime    how long a sign-in code (for another browser) may be redeemed
 * @param purgeInterval         how often expired refresh tokens are deleted
 * @param jwksFile              the production signing keys; empty means keys generated under the data directory
 * @param activeKid             which key of {@code jwksFile} signs; empty means the first one that may sign
 * @param retiredJwksFile       keys rotated out: they verify tokens still in flight but never sign
 */
public record AuthSettings(String issuer,
                           String audience,
                           Duration accessTokenLifetime,
                           Duration refreshTokenLifetime,
                           Duration inviteLifetime,
                           Duration signInCodeLifetime,
                           Duration purgeInterval,
                           Optional<Path> jwksFile,
                           Optional<String> activeKid,
                           Optional<Path> retiredJwksFile) {

    /** @param publicUrl the issuer when {@code herald.auth.issuer} is not set */
    public static AuthSettings from(Config config, PublicUrl publicUrl) {
        Config auth = config.get("herald.auth");
        return new AuthSettings(
                auth.get("issuer").asString().filter(s -> !s.isBlank()).orElse(publicUrl.text()),
                auth.get("audience").asString().filter(s -> !s.isBlank()).orElse("herald-api"),
                duration(auth, "access-token-lifetime", "PT15M"),
                duration(auth, "refresh-token-lifetime", "P30D"),
                duration(auth, "invite-lifetime", "P14D"),
                duration(auth, "sign-in-code-lifetime", "PT10M"),
                duration(auth, "purge-interval", "PT1H"),
                path(auth, "jwks-file"),
                auth.get("active-kid").asString().filter(s -> !s.isBlank()),
                path(auth, "retired-jwks-file"));
    }

    private static Duration duration(Config auth, String key, String fallback) {
        String text = auth.get(key).asString().filter(s -> !s.isBlank()).orElse(fallback);
        try {
            Duration value = Duration.parse(text);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalStateException("herald.auth." + key + " must be positive, not " + text);
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("herald.auth." + key + " is '" + text
                                            + "', not an ISO-8601 duration such as PT15M or P30D", e);
        }
    }

    private static Optional<Path> path(Config auth, String key) {
        return auth.get(key).asString().filter(s -> !s.isBlank()).map(Path::of);
    }
}
