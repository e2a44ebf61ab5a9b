package io.herald.common.lint.rules;

import io.herald.common.json.JsonObject;
import io.herald.common.lint.Draft;
import io.herald.common.lint.Finding;
import io.herald.common.lint.Level;
import io.herald.common.lint.RuleFields;
import io.herald.common.lint.RuleHeader;
import io.herald.common.lint.Suggestion;
import io.herald.common.text.WordList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Too many words in capitals read as shouting.
 *
 * <p>A word shouts when all its letters are capitals and it has more than {@code acronymLength} letters (default
 * 4): shorter all-capital words are taken for acronyms (CEO, NASA, EU, AI) and never shout. When shouting words make
 * up more than {@code maxPercent} (default 25) of the words with letters, each shouting word gets a finding that
 * offers it in lower case, with a capital kept at the start of a sentence. Message placeholders: {@code %s} the word,
 * {@code {percent}} the share of shouting words (rounded), {@code {max}}. Default level: suggestion.
 */
public final class ShoutingRule extends RuleBase {

    public static final String TYPE = "shouting";
    static final List<String> PLACEHOLDERS = List.of("percent", "max");

    private static final Function<Draft, Capitals> CAPITALS = ShoutingRule::capitals;

    private final int maxPercent;
    private final int acronymLength;

    private ShoutingRule(RuleHeader header, int maxPercent, int acronymLength) {
        super(header);
        this.maxPercent = maxPercent;
        this.acronymLength = acronymLength;
    }

    public static ShoutingRule read(RuleFields fields) {
        RuleHeader header = RuleHeader.read(fields, TYPE, PLACEHOLDERS, Level.SUGGESTION);
        return new ShoutingRule(header, fields.integer("maxPercent", 25, 0, 100),
                fields.integer("acronymLength", 4, 0, 100));
    }

    @Override
    public List<Finding> check(Draft draft) {
        WordList words = draft.words();
        Capitals capitals = draft.shared(CAPITALS);
        int withLetters = capitals.withLetters();
        int[] allCapitals = capitals.words();
        int shouting = 0;
        for (int k = 0; k < capitals.count(); k++) {
            if (allCapitals[2 * k + 1] > acronymLength) {
                shouting++;
            }
        }
        if (shouting == 0 || shouting * 100 <= maxPercent * withLetters) {
            return List.of();
        }
        Map<String, String> values = Map.of(
                "percent", String.valueOf(Math.round(shouting * 100.0 / withLetters)),
                "max", String.valueOf(maxPercent));
        List<Finding> findings = new ArrayList<>(shouting);
        for (int k = 0; k < capitals.count(); k++) {
            if (allCapitals[2 * k + 1] > acronymLength) {
                int word = allCapitals[2 * k];
                int start = words.start(word);
                int end = words.end(word);
                String calm = calm(draft.text(), start, words.raw(word));
                findings.add(header.finding(draft, start, end, values,
                        List.of(new Suggestion.Replace(start, end, calm))));
            }
        }
        return findings;
    }

    /**
     * What every shouting rule reads, whatever its limits: how many of the draft's words have letters, and the words
     * whose letters are all capitals, as pairs of word index and number of letters (a short list: a primitive array
     * per word of the draft would be allocated outside the JavaScript heap in the browser).
     */
    private record Capitals(int withLetters, int[] words, int count) {
    }

    private static Capitals capitals(Draft draft) {
        String text = draft.text();
        WordList words = draft.words();
        int withLetters = 0;
        int[] capitals = new int[8];
        int count = 0;
        for (int w = 0; w < words.size(); w++) {
            int letters = 0;
            boolean allCapitals = true;
            for (int i = words.start(w), end = words.end(w); i < end; ) {
                char unit = text.charAt(i);
                if (unit < 0x80) {
                    // ASCII without a call: most of a post.
                    boolean capital = unit >= 'A' && unit <= 'Z';
                    if (capital || unit >= 'a' && unit <= 'z') {
                        letters++;
                        allCapitals &= capital;
                    }
                    i++;
                    continue;
                }
                int cp = text.codePointAt(i);
                if (isLetter(cp)) {
                    letters++;
                    allCapitals &= isCapital(cp);
                }
                i += Character.charCount(cp);
            }
            if (letters > 0) {
                withLetters++;
                if (allCapitals) {
                    if (2 * count == capitals.length) {
                        capitals = Arrays.copyOf(capitals, 4 * count);
                    }
                    capitals[2 * count] = w;
                    capitals[2 * count + 1] = letters;
                    count++;
                }
            }
        }
        return new Capitals(withLetters, capitals, count);
    }

    /*
     * ASCII answered directly: TeaVM looks every Character.isLetter/isUpperCase up in Unicode tables, which made this
     * rule 0.7 ms of a browser lint, and most words of a post are ASCII.
     */
    private static boolean isLetter(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
        }
        return Character.isLetter(cp);
    }

    private static boolean isCapital(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z';
        }
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** The word in lower case, its first letter kept a capital where a sentence starts. */
    private static String calm(String text, int start, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!startsSentence(text, start)) {
            return lower;
        }
        int first = lower.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(lower, Character.charCount(first), lower.length()).toString();
    }

    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        return i < 0 || ".!?\n\r".indexOf(text.charAt(i)) >= 0;
    }

    @Override
    public void writeFields(JsonObject json) {
        json.add("maxPercent", maxPercent);
        json.add("acronymLength", acronymLength);
    }
}
