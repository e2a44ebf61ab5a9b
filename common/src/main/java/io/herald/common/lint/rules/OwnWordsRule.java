package io.herald.common.lint.rules;

import io.herald.common.json.JsonObject;
import io.herald.common.lint.Draft;
import io.herald.common.lint.Finding;
import io.herald.common.lint.Level;
import io.herald.common.lint.RuleFields;
import io.herald.common.lint.RuleHeader;
import io.herald.common.similarity.OwnWords;
import java.util.List;
import java.util.Map;

/**
 * A nudge to write in one's own words when a draft mostly repeats the approved caption of the item it shares: posts
 * in the author's own words get far more engagement, and identical posts from many colleagues read as spam.
 *
 * <p>Only when the request names a shared item with captions. When the share of own words ({@link OwnWords}) is
 * below {@code minPercent} (default 30), one finding for the whole draft (an empty span at its end). Message
 * placeholders: {@code {percent}} the draft's own share (rounded), {@code {min}}. Default level: suggestion.
 */
public final class OwnWordsRule extends RuleBase {

    public static final String TYPE = "own-words";
    static final List<String> PLACEHOLDERS = List.of("percent", "min");

    private final int minPercent;

    private OwnWordsRule(RuleHeader header, int minPercent) {
        super(header);
        this.minPercent = minPercent;
    }

    public static OwnWordsRule read(RuleFields fields) {
        RuleHeader header = RuleHeader.read(fields, TYPE, PLACEHOLDERS, Level.SUGGESTION);
        return new OwnWordsRule(header, fields.integer("minPercent", 30, 0, 100));
    }

    @Override
    public List<Finding> check(Draft draft) {
        if (draft.ownWords().isEmpty() || draft.words().isEmpty()) {
            return List.of();
        }
        double share = draft.ownWords().getAsDouble();
        if (share * 100 >= minPercent) {
            return List.of();
        }
        int end = draft.text().length();
        return List.of(header.finding(draft, end, end, Map.of(
                "percent", String.valueOf(Math.round(share * 100)),
                "min", String.valueOf(minPercent)), List.of()));
    }

    @Override
    public void writeFields(JsonObject json) {
        json.add("minPercent", minPercent);
    }
}
