package io.herald.common.lint.rules;

import com.eclipsesource.json.JsonObject;
import io.herald.common.lint.Draft;
import io.herald.common.lint.Finding;
import io.herald.common.lint.Level;
import io.herald.common.lint.RuleFields;
import io.herald.common.lint.RuleHeader;
import io.herald.common.lint.Suggestion;
import io.herald.common.text.Token;
import io.herald.common.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final Function<Draft, int[]> REPEATS = RepetitionRule::repeats;

    private final List<String> ignore;
    private final Set<String> ignoredFolded;

    private RepetitionRule(RuleHeader header, List<String> ignore, Set<String> ignoredFolded) {
        super(header);
        this.ignore = ignore;
        this.ignoredFolded = ignoredFolded;
    }

    public static RepetitionRule read(RuleFields fields) {
        RuleHeader header = RuleHeader.read(fields, TYPE, PLACEHOLDERS, Level.WARNING);
        List<String> ignore = fields.strings("ignore", false);
        Set<String> folded = new HashSet<>();
        for (String word : ignore) {
            for (Token token : Tokens.of(word)) {
                folded.add(token.folded());
            }
        }
        return new RepetitionRule(header, ignore, folded);
    }

    @Override
    public List<Finding> check(Draft draft) {
        List<Token> words = draft.words();
        List<Finding> findings = new ArrayList<>();
        for (int i : draft.shared(REPEATS)) {
            Token first = words.get(i - 1);
            Token second = words.get(i);
            if (!ignoredFolded.contains(first.folded())) {
                findings.add(header.finding(draft, first.start(), second.end(),
                        Map.of("word", draft.raw(first)),
                        List.of(new Suggestion.Remove(first.end(), second.end()))));
            }
        }
        return findings;
    }

    /**
     * The indexes of the draft's words that repeat the word before them (folded alike, with a letter, only
     * whitespace between): the same for every repetition rule, which only differ in the words they let repeat.
     */
    private static int[] repeats(Draft draft) {
        List<Token> words = draft.words();
        String text = draft.text();
        int[] repeats = new int[8];
        int count = 0;
        for (int i = 1; i < words.size(); i++) {
            Token first = words.get(i - 1);
            Token second = words.get(i);
            if (first.folded().equals(second.folded()) && hasLetter(text, first.start(), first.end())
                    && onlySpaceBetween(text, first.end(), second.start())) {
                if (count == repeats.length) {
                    repeats = Arrays.copyOf(repeats, 2 * count);
                }
                repeats[count++] = i;
            }
        }
        return Arrays.copyOf(repeats, count);
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
