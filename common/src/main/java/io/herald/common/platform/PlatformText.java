package io.herald.common.platform;

import io.herald.common.text.NormalizedText;
import java.util.List;

/**
 * A draft's NFC form and the links X finds in it, worked out once and shared by {@link Urls} and {@link PostLength},
 * which both need them: measuring and finding links separately normalised and scanned the draft twice per lint.
 */
public final class PlatformText {

    private final String original;
    private NormalizedText normalized;
    private List<UrlSpan> nfcUrls;

    private PlatformText(String original) {
        this.original = original;
    }

    public static PlatformText of(String text) {
        return new PlatformText(text);
    }

    /** The text as typed. */
    public String original() {
        return original;
    }

    NormalizedText normalized() {
        if (normalized == null) {
            normalized = NormalizedText.of(original);
        }
        return normalized;
    }

    /** The links of the NFC text, with offsets into the NFC text. */
    List<UrlSpan> nfcUrls() {
        if (nfcUrls == null) {
            nfcUrls = UrlScanner.scan(normalized().text());
        }
        return nfcUrls;
    }
}
