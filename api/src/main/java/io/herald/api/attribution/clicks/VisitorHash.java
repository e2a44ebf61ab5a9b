package io.herald.api.attribution.clicks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A visitor: HMAC-SHA256 keyed with the salt of the day over the client address and user agent. The same person on
 * the same day gives the same hash; without the salt (deleted after its day) the hash cannot be traced back to an
 * address by trying them all. Not thread-safe: the click writer owns one.
 */
final class VisitorHash {
    private final VisitorSalts salts;
    private final Mac mac;
    private int keyDay = -1;

    VisitorHash(VisitorSalts salts) {
        this.salts = salts;
        try {
            this.mac = Mac.getInstance("HmacSHA256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    String of(int utcDay, String clientAddress, String userAgent) {
        if (utcDay != keyDay) {
            try {
                mac.init(new SecretKeySpec(salts.forDay(utcDay), "HmacSHA256"));
            } catch (InvalidKeyException e) {
                throw new IllegalStateException(e);
            }
            keyDay = utcDay;
        }
        mac.update(clientAddress.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) '\n');
        return HexFormat.of().formatHex(mac.doFinal(userAgent.getBytes(StandardCharsets.UTF_8)));
    }
}
