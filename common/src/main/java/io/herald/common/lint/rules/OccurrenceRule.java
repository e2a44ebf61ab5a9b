package io.herald.common.lint.rules;

import io.herald.common.json.JsonObject;
import io.herald.common.lint.Draft;
import io.herald.common.lint.Finding;
import io.herald.common.lint.Level;
import io.herald.common.lint.RuleFields;
import io.herald.common.lint.RuleHeader;
import io.herald.common.lint.match.Span;
import io.herald.common.platform.Emoji;
import io.herald.common.platform.UrlSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * At most and/or at least so many of something in a draft.
 *
 * <p>Fields: {@code count}, one of {@code hashtags}, {@code mentions}, {@code exclamations}, {@code emoji},
 * {@code links}; {@code max} and/or {@code min} (whole numbers, at least one of them). Too many: one finding on the
 * first item past the maximum. Too few: one finding for the whole draft (empty span at its end). Hashtags and
 * mentions inside URLs are not counted; a mention needs a non-word character before its {@code @}, so e-mail
 * addresses are not mentions; a hashtag needs a letter. Emoji are counted as X counts them ({@link Emoji}). Message placeholders: {@code %s} the item past the maximum,
 * {@code {count}}, {@code {min}}, {@code {max}}. Default level: suggestion.
 */
public final class OccurrenceRule extends RuleBase {

    public static final String TYPE = "occurrence";
    static final List<String> PLACEHOLDERS = List.of("count", "min", "max");
    static final List<String> COUNTABLE = List.of("hashtags", "mentions", "exclamations", "emoji", "links");

    /* What each count counts; one result per draft serves every rule counting the same thing. */
    private static final Function<Draft, List<Span>> HASHTAGS = draft -> tagged(draft, '#');
    private static final Function<Draft, List<Span>> MENTIONS = draft -> tagged(draft, '@');
    private static final Function<Draft, List<Span>> EXCLAMATIONS = OccurrenceRule::exclamations;
    private static final Function<Draft, List<Span>> EMOJI = OccurrenceRule::emoji;
    private static final Function<Draft, List<Span>> LINKS = OccurrenceRule::links;

    private final String count;
    private final Function<Draft, List<Span>> counted;
    private final Optional<Integer> min;
    private final Optional<Integer> max;

    private OccurrenceRule(RuleHeader header, String count, Optional<Integer> min, Optional<Integer> max) {
        super(header);
        this.count = count;
        this.counted = switch (count) {
            case "hashtags" -> HASHTAGS;
            case "mentions" -> MENTIONS;
            case "exclamations" -> EXCLAMATIONS;
            case "emoji" -> EMOJI;
            default -> LINKS;
        };
        this.min = min;
        this.max = max;
    }

    public static OccurrenceRule read(RuleFields fields) {
        RuleHeader header = RuleHeader.read(fields, TYPE, PLACEHOLDERS, Level.SUGGESTION);
        String count = fields.requiredString("count");
        if (!COUNTABLE.contains(count)) {
            throw fields.problem("field \"count\" is \"" + count + "\"; use one of " + String.join(", ", COUNTABLE));
        }
        Optional<Integer> min = fields.optionalInteger("min", 0, 10_000);
        Optional<Integer> max = fields.optionalInteger("max", 0, 10_000);
        if (min.isEmpty() && max.isEmpty()) {
            throw fields.problem("needs \"min\", \"max\" or both");
        }
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            throw fields.problem("\"min\" " + min.get() + " is above \"max\" " + max.get());
        }
        return new OccurrenceRule(header, count, min, max);
    }

    @Override
    public List<Finding> check(Draft draft) {
        List<Span> items = draft.shared(counted);
        if (max.isPresent() && items.size() > max.get()) {
            Span first = items.get(max.get());
            return List.of(header.finding(draft, first.start(), first.end(), values(items), List.of()));
        }
        if (min.isPresent() && items.size() < min.get()) {
            int end = draft.text().length();
            return List.of(header.finding(draft, end, end, values(items), List.of()));
        }
        return List.of();
    }

    private Map<String, String> values(List<Span> items) {
        return Map.of(
                "count", String.valueOf(items.size()),
                "min", min.map(String::valueOf).orElse(""),
                "max", max.map(String::valueOf).orElse(""));
    }

    /** {@code #word} or {@code @name}: the sign after a non-word character, then word characters. */
    private static List<Span> tagged(Draft draft, char sign) {
        String text = draft.text();
        List<Span> spans = new ArrayList<>();
        for (int i = text.indexOf(sign); i >= 0; i = text.indexOf(sign, i + 1)) {
            if ((i > 0 && isWordChar(text.codePointBefore(i))) || draft.insideUrl(i)) {
                continue;
            }
            int end = i + 1;
            boolean letter = false;
            while (end < text.length() && isWordChar(text.codePointAt(end))) {
                letter |= Character.isLetter(text.codePointAt(end));
                end += Character.charCount(text.codePointAt(end));
            }
            if (end > i + 1 && (letter || sign == '@')) {
                spans.add(new Span(i, end));
                i = end - 1;
            }
        }
        return spans;
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '_';
        }
        return Character.isLetterOrDigit(cp) || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static List<Span> exclamations(Draft draft) {
        String text = draft.text();
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '!' || c == '\u00A1') && !draft.insideUrl(i)) {
                spans.add(new Span(i, i + 1));
            }
        }
        return spans;
    }

    /** Emoji as X counts them, so the count agrees with the weighted length. */
    private static List<Span> emoji(Draft draft) {
        String text = draft.text();
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Emoji.neverStarts(text.charAt(i))) {
                i++;
                continue;
            }
            int length = Emoji.lengthAt(text, i);
            if (length > 0) {
                spans.add(new Span(i, i + length));
                i += length;
            } else {
                // One code point, as codePointAt reads it: a surrogate pair or any other single unit.
                boolean pair = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                i += pair ? 2 : 1;
            }
        }
        return spans;
    }

    private static List<Span> links(Draft draft) {
        List<Span> spans = new ArrayList<>();
        for (UrlSpan url : draft.urls()) {
            spans.add(new Span(url.start(), url.end()));
        }
        return spans;
    }

    @Override
    public void writeFields(JsonObject json) {
        json.add("count", count);
        min.ifPresent(value -> json.add("min", value.intValue()));
        max.ifPresent(value -> json.add("max", value.intValue()));
    }
}
