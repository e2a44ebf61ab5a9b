package io.herald.api.analytics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.herald.api.analytics.SummaryRepository.FingerprintRow;
import io.herald.common.similarity.Fingerprint;

/**
 * The copy-paste rate: of the period's shares that carry a fingerprint, those whose text nearly duplicates a share by
 * another employee ({@link Fingerprint#nearDuplicate}).
 *
 * <p>Comparisons stay bounded: a copied post is a copy of the caption suggested for the same content item, so shares
 * are compared only with shares of the same item in the period, and identical fingerprints are compared once (the
 * rows come sorted by item and fingerprint). The cost is the sum over items of the square of their distinct
 * fingerprints, not the square of all shares. Fingerprints that are not the extension's 64 hexadecimal digits (an
 * older or foreign client) are matched only when identical.
 */
final class CopyPasteRate {
    private static final int FINGERPRINT_LENGTH = 2 * Fingerprint.SLOTS;

    private CopyPasteRate() {
    }

    static Summary.CopyPaste of(List<FingerprintRow> rows) {
        long copied = 0;
        int start = 0;
        while (start < rows.size()) {
            int end = start;
            String contentId = rows.get(start).contentId();
            while (end < rows.size() && rows.get(end).contentId().equals(contentId)) {
                end++;
            }
            copied += copiedInItem(rows.subList(start, end));
            start = end;
        }
        return new Summary.CopyPaste(rows.size(), copied, Summary.ratio(copied, rows.size()));
    }

    /** Shares of one item whose fingerprint is near one that someone else posted. */
    private static long copiedInItem(List<FingerprintRow> shares) {
        Map<String, List<String>> postersByFingerprint = new LinkedHashMap<>();
        for (FingerprintRow share : shares) {
            postersByFingerprint.computeIfAbsent(share.fingerprint(), f -> new ArrayList<>()).add(share.userId());
        }
        List<String> fingerprints = new ArrayList<>(postersByFingerprint.keySet());
        long copied = 0;
        for (String fingerprint : fingerprints) {
            Set<String> nearPosters = new HashSet<>();
            for (String other : fingerprints) {
                if (other.equals(fingerprint) || near(fingerprint, other)) {
                    nearPosters.addAll(postersByFingerprint.get(other));
                    if (nearPosters.size() > 1) {
                        break;
                    }
                }
            }
            if (nearPosters.size() > 1) {
                // Two or more people posted this text or one near it: every share of it is a copy of someone else's.
                copied += postersByFingerprint.get(fingerprint).size();
            }
        }
        return copied;
    }

    private static boolean near(String a, String b) {
        return wellFormed(a) && wellFormed(b) && Fingerprint.nearDuplicate(a, b);
    }

    private static boolean wellFormed(String fingerprint) {
        if (fingerprint.length() != FINGERPRINT_LENGTH) {
            return false;
        }
        for (int i = 0; i < fingerprint.length(); i++) {
            if (Character.digit(fingerprint.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
