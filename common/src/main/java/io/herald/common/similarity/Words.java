package io.herald.common.similarity;

import io.herald.common.platform.UrlSpan;
import io.herald.common.platform.Urls;
import io.herald.common.text.Token;
import io.herald.common.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/** The folded words of a text that say something: links never do, and mentions only on request. */
final class Words {

    private Words() {
    }

    /**
     * The folded words of {@code text} outside its links; without the @mentions when {@code dropMentions}, since two
     * copies of one post that tag different colleagues are still copies.
     */
    static List<String> of(String text, boolean dropMentions) {
        return of(text, Tokens.of(text), Urls.extract(text), dropMentions);
    }

    /** The same from the text's tokens and links, for a caller that already has them (a lint's {@code Draft}). */
    static List<String> of(String text, List<Token> tokens, List<UrlSpan> urls, boolean dropMentions) {
        List<String> words = new ArrayList<>(tokens.size());
        int nextUrl = 0;
        for (Token token : tokens) {
            while (nextUrl < urls.size() && urls.get(nextUrl).end() <= token.start()) {
                nextUrl++;
            }
            if (nextUrl < urls.size() && urls.get(nextUrl).start() < token.end()) {
                continue;
            }
            if (dropMentions && token.start() > 0 && isAtSign(text.charAt(token.start() - 1))) {
                continue;
            }
            words.add(token.folded());
        }
        return words;
    }

    private static boolean isAtSign(char unit) {
        return unit == '@' || unit == '\uFF20';
    }
}
