package io.herald.common.platform;

import io.herald.common.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the links in a draft the way X does (twitter-text's {@code extractURLsWithIndices}), so the engine counts and
 * checks exactly what X will turn into a 23-character t.co link: with or without {@code http(s)://}, internationalised
 * domains, balanced parentheses in paths, and not the trailing full stop of a sentence.
 */
public final class Urls {

    private Urls() {
    }

    /** The links in {@code text}, in order, with UTF-16 offsets into {@code text}. */
    public static List<UrlSpan> extract(String text) {
        return extract(PlatformText.of(text));
    }

    /** The links in {@code text}, sharing its normalisation and link scan with {@link PostLength#of(PlatformText,
     * Platform)}. */
    public static List<UrlSpan> extract(PlatformText shared) {
        String text = shared.original();
        NormalizedText normalized = shared.normalized();
        List<UrlSpan> found = shared.nfcUrls();
        if (!normalized.changed()) {
            return found;
        }
        // X finds links in the NFC form; report them where the author sees them.
        List<UrlSpan> spans = new ArrayList<>(found.size());
        for (UrlSpan span : found) {
            int start = normalized.originalOffset(span.start());
            int end = normalized.originalOffset(span.end());
            spans.add(new UrlSpan(start, end, text.substring(start, end)));
        }
        return spans;
    }

    /**
     * The spans of {@code urls} as start and end offsets in pairs, in their order: how {@code WordList.of} is told
     * which words to leave out.
     */
    public static int[] spans(List<UrlSpan> urls) {
        int[] spans = new int[2 * urls.size()];
        for (int k = 0; k < urls.size(); k++) {
            spans[2 * k] = urls.get(k).start();
            spans[2 * k + 1] = urls.get(k).end();
        }
        return spans;
    }
}
