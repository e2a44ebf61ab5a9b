package io.herald.common.lint.match;

import io.herald.common.lint.Draft;
import io.herald.common.text.WordList;
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

    /** The matches in {@code draft}, in order; an empty list, allocating none, where there is none (most rules). */
    public List<PhraseMatch> find(Draft draft) {
        if (shared != null) {
            return find(draft, draft.phraseCandidates(shared));
        }
        WordList words = draft.words();
        List<PhraseMatch> found = List.of();
        int i = 0;
        while (i < words.size()) {
            int best = best(draft, words, i, index.wholeFirstWord(words, i), -1);
            best = best(draft, words, i, index.prefixOf(words.foldedCharAt(i, 0)), best);
            if (best < 0) {
                i++;
            } else {
                found = add(found, match(words, i, best));
                i += phraseSizes[best];
            }
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
        WordList words = draft.words();
        List<PhraseMatch> found = List.of();
        int next = 0;
        for (int k = from; k < to; k++) {
            int i = candidates.position(k);
            if (i >= next) {
                int best = best(draft, words, i, candidates.whole(k), -1);
                best = best(draft, words, i, candidates.prefix(k), best);
                if (best >= 0) {
                    found = add(found, match(words, i, best));
                    next = i + phraseSizes[best];
                }
            }
        }
        return found;
    }

    /** {@code found} with {@code match} added: a list is made only for the first match. */
    private static List<PhraseMatch> add(List<PhraseMatch> found, PhraseMatch match) {
        List<PhraseMatch> list = found.isEmpty() ? new ArrayList<>(4) : found;
        list.add(match);
        return list;
    }

    /** Phrase {@code phrase} found at word {@code i}: from its {@code #} or {@code @}, if any, to its last word. */
    private PhraseMatch match(WordList words, int i, int phrase) {
        int start = words.start(i) - (phrases.get(phrase).lead() == 0 ? 0 : 1);
        return new PhraseMatch(start, words.end(i + phraseSizes[phrase] - 1), phrase);
    }

    /**
     * Of {@code best} (a phrase index, or -1 for none) and the {@code candidates} that match at word {@code at}, the
     * longest phrase, then the one listed first.
     */
    private int best(Draft draft, WordList words, int at, int[] candidates, int best) {
        for (int p : candidates) {
            int bestSize = best < 0 ? 0 : phraseSizes[best];
            boolean better = phraseSizes[p] > bestSize || phraseSizes[p] == bestSize && p < best;
            if (better && matchesAt(draft, words, at, phrases.get(p))) {
                best = p;
            }
        }
        return best;
    }

    private boolean matchesAt(Draft draft, WordList words, int at, Phrase phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        String text = draft.text();
        int first = words.start(at);
        if (phrase.lead() != 0 && (first == 0 || text.charAt(first - 1) != phrase.lead())) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (k > 0 && !isJoin(text, words.end(at + k - 1), words.start(at + k))) {
                return false;
            }
            boolean last = k == phrase.size() - 1;
            if (!same(words, at + k, phrase, k, last && options.prefix())) {
                return false;
            }
        }
        return true;
    }

    /** The word as written is cut out of the draft only for the options that compare it, not for the default. */
    private boolean same(WordList words, int i, Phrase phrase, int k, boolean prefix) {
        if (!options.matchCase() && !options.matchDiacritics()) {
            String phraseWord = phrase.folded().get(k);
            return prefix ? words.foldedStartsWith(i, phraseWord) : words.foldedEquals(i, phraseWord);
        }
        String draftWord;
        String phraseWord;
        if (options.matchCase()) {
            draftWord = words.raw(i);
            phraseWord = phrase.raw().get(k);
        } else {
            draftWord = words.raw(i).toLowerCase(Locale.ROOT);
            phraseWord = phrase.raw().get(k).toLowerCase(Locale.ROOT);
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
            WordList words = WordList.of(trimmed);
            for (int i = 0; i < words.size(); i++) {
                raw.add(words.raw(i));
                folded.add(words.folded(i));
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
