package io.herald.common.similarity;

import io.herald.common.platform.UrlSpan;
import io.herald.common.platform.Urls;
import io.herald.common.text.WordList;
import java.util.List;

/** The words of a text that say something: links never do, and mentions only on request. */
final class Words {

    private Words() {
    }

    /**
     * The words of {@code text} outside its links; without the @mentions when {@code dropMentions}, since two copies
     * of one post that tag different colleagues are still copies.
     */
    static WordList of(String text, boolean dropMentions) {
        List<UrlSpan> urls = Urls.extract(text);
        return of(WordList.of(text, Urls.spans(urls)), urls, dropMentions);
    }

    /**
     * The same from words of the text that already leave out those starting inside its {@code urls} (a lint's
     * {@code Draft} has them): also leaves out a word that runs into a link, and mentions when asked. Those are
     * rare, so the words are copied only when there are some.
     */
    static WordList of(WordList words, List<UrlSpan> urls, boolean dropMentions) {
        String text = words.text();
        int[] kept = null;
        int count = 0;
        int nextUrl = 0;
        for (int i = 0; i < words.size(); i++) {
            int start = words.start(i);
            while (nextUrl < urls.size() && urls.get(nextUrl).end() <= start) {
                nextUrl++;
            }
            boolean left = nextUrl < urls.size() && urls.get(nextUrl).start() < words.end(i)
                    || dropMentions && start > 0 && isAtSign(text.charAt(start - 1));
            if (left && kept == null) {
                kept = new int[words.size()];
                for (int k = 0; k < i; k++) {
                    kept[k] = k;
                }
                count = i;
            } else if (!left && kept != null) {
                kept[count++] = i;
            }
        }
        return kept == null ? words : words.select(kept, count);
    }

    private static boolean isAtSign(char unit) {
        return unit == '@' || unit == '\uFF20';
    }
}
