package io.herald.api.attribution.shares;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.herald.common.similarity.Fingerprint;

/**
 * Which shares are copies, for the copy-paste rate: a share is copied when another employee posted a share of the same
 * content item whose fingerprint is the same or a near duplicate ({@link Fingerprint#nearDuplicate}). A copied post is
 * a copy of the caption suggested for that item, so shares are only ever compared with shares of the same item.
 * Fingerprints that are not the extension's 64 hexadecimal digits (an older or foreign client) match only when
 * identical. V6__share_rollups.sql applies the same rule in SQL to the shares recorded before it.
 */
public final class Copies {
    private static final int FINGERPRINT_LENGTH = 2 * Fingerprint.SLOTS;

    private Copies() {
    }

    /** A fingerprinted share of one content item, as far as copying is concerned. */
    public record Posted(String shareId, String userId, String fingerprint) {
    }

    /** Whether two fingerprints are of essentially the same post. */
    public static boolean alike(String a, String b) {
        return a.equals(b) || wellFormed(a) && wellFormed(b) && Fingerprint.nearDuplicate(a, b);
    }

    /** The shares among {@code others} (of the same item) that someone other than {@code userId} posted alike. */
    static List<Posted> matches(String userId, String fingerprint, List<Posted> others) {
        return others.stream()
                .filter(other -> !other.userId().equals(userId) && alike(fingerprint, other.fingerprint()))
                .toList();
    }

    /**
     * The ids of the copied shares among all fingerprinted shares of one item. Identical fingerprints are compared
     * once, so the cost is the square of the item's distinct fingerprints, not of its shares.
     */
    public static Set<String> copied(List<Posted> shares) {
        Map<String, List<Posted>> byFingerprint = new LinkedHashMap<>();
        for (Posted share : shares) {
            byFingerprint.computeIfAbsent(share.fingerprint(), f -> new ArrayList<>()).add(share);
        }
        Set<String> copied = new HashSet<>();
        for (Map.Entry<String, List<Posted>> group : byFingerprint.entrySet()) {
            Set<String> posters = new HashSet<>();
            for (Map.Entry<String, List<Posted>> other : byFingerprint.entrySet()) {
                if (other.getKey().equals(group.getKey()) || alike(group.getKey(), other.getKey())) {
                    other.getValue().forEach(share -> posters.add(share.userId()));
                    if (posters.size() > 1) {
                        break;
                    }
                }
            }
            if (posters.size() > 1) {
                // Two or more people posted this text or one alike: each share of it is alike someone else's.
                group.getValue().forEach(share -> copied.add(share.shareId()));
            }
        }
        return copied;
    }

    /** ASCII hexadecimal only: {@link Fingerprint#distance} refuses anything else. */
    private static boolean wellFormed(String fingerprint) {
        if (fingerprint.length() != FINGERPRINT_LENGTH) {
            return false;
        }
        for (int i = 0; i < fingerprint.length(); i++) {
            char c = fingerprint.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
