package io.herald.common.lint.rules;

import io.herald.common.json.JsonObject;
import io.herald.common.lint.Draft;
import io.herald.common.lint.Finding;
import io.herald.common.lint.Level;
import io.herald.common.lint.RuleFields;
import io.herald.common.lint.RuleHeader;
import io.herald.common.lint.Suggestion;
import io.herald.common.text.WordList;
import io.herald.common.text.WordMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The same word twice in a row ("the the"), usually an editing slip.
 *
 * <p>Words compare folded (case and diacritics ignored) and must be separated by whitespace only, so "Bye. Bye" or
 * "now, now" are left alone. The finding covers both words and offers to {@code remove} the second one with the
 * space before it. Fields: {@code ignore} (optional list of words that may repeat, such as "ha" or Finnish "no").
 * Message placeholders: {@code %s} both words, {@code {word}} the word once. Default level: warning.
 */
public final class RepetitionRule extends RuleBase {

    public static final String TYPE = "repetition";
    static final List<String> PLACEHOLDERS = List.of("word");

    private static final Function<Draft, List<Repeat>> REPEATS = RepetitionRule::repeats;

    private final List<String> ignore;
    /** The folded words of {@code ignore}, looked up by the draft's words in place. */
    private final WordMap<Boolean> ignoredFolded;

    private RepetitionRule(RuleHeader header, List<String> ignore, WordMap<Boolean> ignoredFolded) {
        super(header);
        this.ignore = ignore;
        this.ignoredFolded = ignoredFolded;
    }

    public static RepetitionRule read(RuleFields fields) {
        RuleHeader header = RuleHeader.read(fields, TYPE, PLACEHOLDERS, Level.WARNING);
        List<String> ignore = fields.strings("ignore", false);
        WordMap<Boolean> folded = new WordMap<>();
        for (String word : ignore) {
            WordList words = WordList.of(word);
            for (int i = 0; i < words.size(); i++) {
                folded.put(words.folded(i), Boolean.TRUE);
            }
        }
        return new RepetitionRule(header, ignore, folded);
    }

    @Override
    public List<Finding> check(Draft draft) {
        List<Repeat> repeats = draft.shared(REPEATS);
        if (repeats.isEmpty()) {
            return List.of();
        }
        WordList words = draft.words();
        List<Finding> findings = new ArrayList<>(repeats.size());
        for (Repeat repeat : repeats) {
            int first = repeat.second() - 1;
            if (!ignoredFolded.containsKey(words, first)) {
                findings.add(header.finding(draft, words.start(first), words.end(repeat.second()), repeat.values(),
                        repeat.fixes()));
            }
        }
        return findings;
    }

    /**
     * A word of the draft that repeats the word before it, with what every repetition rule reports for it: the
     * rules differ only in their messages and the words they let repeat, so the values and the fix are made once.
     */
    private record Repeat(int second, Map<String, String> values, List<Suggestion> fixes) {
    }

    /** The draft's words that repeat the word before them: folded alike, with a letter, only whitespace between. */
    private static List<Repeat> repeats(Draft draft) {
        WordList words = draft.words();
        String text = draft.text();
        List<Repeat> repeats = List.of();
        for (int i = 1; i < words.size(); i++) {
            if (words.sameFold(i - 1, words, i) && hasLetter(text, words.start(i - 1), words.end(i - 1))
                    && onlySpaceBetween(text, words.end(i - 1), words.start(i))) {
                if (repeats.isEmpty()) {
                    repeats = new ArrayList<>();
                }
                repeats.add(new Repeat(i, Map.of("word", words.raw(i - 1)),
                        List.of(new Suggestion.Remove(words.end(i - 1), words.end(i)))));
            }
        }
        return repeats;
    }

    private static boolean hasLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void writeFields(JsonObject json) {
        if (!ignore.isEmpty()) {
            json.add("ignore", Phrases.toJson(ignore));
        }
    }
}
