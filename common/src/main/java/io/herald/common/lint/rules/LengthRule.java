package io.herald.common.lint.rules;

import io.herald.common.json.JsonObject;
import io.herald.common.lint.Draft;
import io.herald.common.lint.Finding;
import io.herald.common.lint.Level;
import io.herald.common.lint.LocalizedText;
import io.herald.common.lint.RuleFields;
import io.herald.common.lint.RuleHeader;
import io.herald.common.platform.PostLength;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's length limit, measured as the platform does ({@link PostLength}: X's weighted length, LinkedIn's
 * 3,000 characters).
 *
 * <p>Over the limit: a finding at the rule's level on the part past the limit, which is what the author has to
 * trim. Nearing it: when {@code nearMessage} is given and the draft uses at least {@code warnAtPercent} (default 90)
 * of the limit, a finding at {@code nearLevel} (default suggestion) for the whole draft (an empty span at its end).
 * Placeholders in both messages: {@code {weighted}} the length as counted, {@code {max}}, {@code {remaining}}
 * characters left (0 when over), {@code {over}} characters too many (0 when within). Default level: warning.
 */
public final class LengthRule extends RuleBase {

    public static final String TYPE = "length";
    static final List<String> PLACEHOLDERS = List.of("weighted", "max", "remaining", "over");

    private final int warnAtPercent;
    private final Optional<LocalizedText> nearMessage;
    private final Level nearLevel;

    private LengthRule(RuleHeader header, int warnAtPercent, Optional<LocalizedText> nearMessage, Level nearLevel) {
        super(header);
        this.warnAtPercent = warnAtPercent;
        this.nearMessage = nearMessage;
        this.nearLevel = nearLevel;
    }

    public static LengthRule read(RuleFields fields) {
        RuleHeader header = RuleHeader.read(fields, TYPE, PLACEHOLDERS, Level.WARNING);
        int warnAtPercent = fields.integer("warnAtPercent", 90, 1, 100);
        Optional<LocalizedText> nearMessage = fields.text("nearMessage", PLACEHOLDERS);
        Level nearLevel = fields.level("nearLevel", Level.SUGGESTION);
        return new LengthRule(header, warnAtPercent, nearMessage, nearLevel);
    }

    @Override
    public List<Finding> check(Draft draft) {
        PostLength length = draft.length();
        int end = draft.text().length();
        if (!length.valid() && length.weighted() > length.max()) {
            int overflow = Math.min(end, Math.max(0, length.validRangeEnd()));
            return List.of(header.finding(draft, overflow, end, values(length), List.of()));
        }
        if (nearMessage.isPresent() && length.weighted() > 0
                && (long) length.weighted() * 100 >= (long) length.max() * warnAtPercent) {
            return List.of(header.finding(draft, nearLevel, nearMessage.get(), end, end, values(length), List.of()));
        }
        return List.of();
    }

    private static Map<String, String> values(PostLength length) {
        return Map.of(
                "weighted", String.valueOf(length.weighted()),
                "max", String.valueOf(length.max()),
                "remaining", String.valueOf(Math.max(0, length.max() - length.weighted())),
                "over", String.valueOf(Math.max(0, length.weighted() - length.max())));
    }

    @Override
    public void writeFields(JsonObject json) {
        json.add("warnAtPercent", warnAtPercent);
        nearMessage.ifPresent(text -> json.add("nearMessage", text.toJson()));
        json.add("nearLevel", nearLevel.id());
    }
}
