package io.herald.common.lint.match;

import io.herald.common.lint.Draft;
import io.herald.common.text.Token;
import io.herald.common.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds phrases in a draft word by word, so matches are always whole words: "Nokia" is not found in "Nokiaphone"
 * unless prefixes are asked for. The words of a phrase must follow each other in the draft separated only by
 * spaces or hyphens. A phrase that starts with {@code #} or {@code @} (such as {@code #ad}) matches only the hashtag
 * or mention, not the bare word. Where several phrases match at one place the longest wins, then the one listed
 * first, and the search goes on after it, so one place gives at most one match.
 */
public final class PhraseMatcher {

    private final List<Phrase> phrases;
    /** Each phrase's number of words, read at every candidate. */
    private final int[] phraseSizes;
    private final MatchOptions options;
    private final PhraseIndex index;
    /** The rule set's shared index this matcher is slot {@code slot} of, once {@link PhraseWords#of} attached it. */
    private PhraseWords shared;
    private int slot;

    private PhraseMatcher(List<Phrase> phrases, MatchOptions options) {
        this.phrases = phrases;
        this.options = options;
        phraseSizes = new int[phrases.size()];
        for (int p = 0; p < phraseSizes.length; p++) {
            phraseSizes[p] = phrases.get(p).size();
        }
        List<String> firstWords = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Phrase phrase : phrases) {
            firstWords.add(phrase.folded().get(0));
            sizes.add(phrase.size());
        }
        this.index = PhraseIndex.of(firstWords, sizes, options);
    }

    /**
     * A matcher for {@code phrases}; an {@link IllegalArgumentException} names a phrase that has no word in it
     * (such as {@code "!!!"}), which could never match.
     */
    public static PhraseMatcher of(List<String> phrases, MatchOptions options) {
        List<Phrase> parsed = new ArrayList<>();
        for (String phrase : phrases) {
            parsed.add(Phrase.parse(phrase));
        }
        return new PhraseMatcher(List.copyOf(parsed), options);
    }

    PhraseIndex index() {
        return index;
    }

    void attach(PhraseWords words, int slot) {
        this.shared = words;
        this.slot = slot;
    }

    public List<PhraseMatch> find(Draft draft) {
        if (shared != null) {
            return find(draft, draft.phraseCandidates(shared));
        }
        List<Token> words = draft.words();
        List<PhraseMatch> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String folded = words.get(i).folded();
            i = Math.max(i + 1, matchAt(draft, words, i, index.wholeFirstWord(folded), index.prefixOf(folded), found));
        }
        return found;
    }

    /**
     * The same walk as {@link #find(Draft)}, visiting only this matcher's candidate positions: at any other word no
     * phrase of this matcher can start, which the walk would find and step over.
     */
    private List<PhraseMatch> find(Draft draft, PhraseCandidates candidates) {
        int from = candidates.start(slot);
        int to = candidates.end(slot);
        if (from == to) {
            return List.of();
        }
        List<Token> words = draft.words();
        List<PhraseMatch> found = new ArrayList<>();
        int next = 0;
        for (int k = from; k < to; k++) {
            int i = candidates.position(k);
            if (i >= next) {
                next = matchAt(draft, words, i, candidates.whole(k), candidates.prefix(k), found);
            }
        }
        return found;
    }

    /**
     * Adds the match at word {@code i}, if any, of the phrases that may start there ({@code whole} and
     * {@code prefix}) to {@code found}; the word after it, or {@code i} when none.
     */
    private int matchAt(Draft draft, List<Token> words, int i, int[] whole, int[] prefix, List<PhraseMatch> found) {
        int best = best(draft, words, i, whole, -1);
        best = best(draft, words, i, prefix, best);
        if (best < 0) {
            return i;
        }
        Phrase phrase = phrases.get(best);
        int start = words.get(i).start() - (phrase.lead() == 0 ? 0 : 1);
        found.add(new PhraseMatch(start, words.get(i + phrase.size() - 1).end(), best));
        return i + phrase.size();
    }

    /**
     * Of {@code best} (a phrase index, or -1 for none) and the {@code candidates} that match at word {@code at}, the
     * longest phrase, then the one listed first.
     */
    private int best(Draft draft, List<Token> words, int at, int[] candidates, int best) {
        for (int p : candidates) {
            int bestSize = best < 0 ? 0 : phraseSizes[best];
            boolean better = phraseSizes[p] > bestSize || phraseSizes[p] == bestSize && p < best;
            if (better && matchesAt(draft, words, at, phrases.get(p))) {
                best = p;
            }
        }
        return best;
    }

    private boolean matchesAt(Draft draft, List<Token> words, int at, Phrase phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        String text = draft.text();
        int first = words.get(at).start();
        if (phrase.lead() != 0 && (first == 0 || text.charAt(first - 1) != phrase.lead())) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            Token word = words.get(at + k);
            if (k > 0 && !isJoin(text, words.get(at + k - 1).end(), word.start())) {
                return false;
            }
            boolean last = k == phrase.size() - 1;
            if (!same(draft, word, phrase, k, last && options.prefix())) {
                return false;
            }
        }
        return true;
    }

    /** The word as written is cut out of the draft only for the options that compare it, not for the default. */
    private boolean same(Draft draft, Token word, Phrase phrase, int k, boolean prefix) {
        String draftWord;
        String phraseWord;
        if (options.matchCase()) {
            draftWord = draft.raw(word);
            phraseWord = phrase.raw().get(k);
        } else if (options.matchDiacritics()) {
            draftWord = draft.raw(word).toLowerCase(Locale.ROOT);
            phraseWord = phrase.raw().get(k).toLowerCase(Locale.ROOT);
        } else {
            draftWord = word.folded();
            phraseWord = phrase.folded().get(k);
        }
        return prefix ? draftWord.startsWith(phraseWord) : draftWord.equals(phraseWord);
    }

    private static boolean isJoin(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '\u2010'
                    && c != '\u2011') {
                return false;
            }
        }
        return true;
    }

    /** A phrase split into words the way drafts are, with its leading {@code #} or {@code @}, if any. */
    private record Phrase(char lead, List<String> raw, List<String> folded) {

        static Phrase parse(String source) {
            String trimmed = source.trim();
            char lead = 0;
            if (trimmed.startsWith("#") || trimmed.startsWith("@")) {
                lead = trimmed.charAt(0);
                trimmed = trimmed.substring(1);
            }
            List<String> raw = new ArrayList<>();
            List<String> folded = new ArrayList<>();
            for (Token token : Tokens.of(trimmed)) {
                raw.add(trimmed.substring(token.start(), token.end()));
                folded.add(token.folded());
            }
            if (raw.isEmpty()) {
                throw new IllegalArgumentException("\"" + source + "\" has no word in it");
            }
            return new Phrase(lead, List.copyOf(raw), List.copyOf(folded));
        }

        int size() {
            return raw.size();
        }
    }
}
