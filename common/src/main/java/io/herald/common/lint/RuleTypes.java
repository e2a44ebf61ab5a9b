package io.herald.common.lint;

import io.herald.common.lint.rules.DisclosureRule;
import io.herald.common.lint.rules.ExistenceRule;
import io.herald.common.lint.rules.LengthRule;
import io.herald.common.lint.rules.LinkRule;
import io.herald.common.lint.rules.OccurrenceRule;
import io.herald.common.lint.rules.OwnWordsRule;
import io.herald.common.lint.rules.PatternRule;
import io.herald.common.lint.rules.RepetitionRule;
import io.herald.common.lint.rules.ShoutingRule;
import io.herald.common.lint.rules.SubstitutionRule;
import java.util.List;

/**
 * The rule types, by the name used in JSON. A plain switch rather than a registry filled by reflection or service
 * loading, which TeaVM would not see.
 */
public final class RuleTypes {

    public static final List<String> NAMES = List.of(
            ExistenceRule.TYPE, SubstitutionRule.TYPE, OccurrenceRule.TYPE, DisclosureRule.TYPE, ShoutingRule.TYPE,
            LengthRule.TYPE, OwnWordsRule.TYPE, RepetitionRule.TYPE, LinkRule.TYPE, PatternRule.TYPE);

    private RuleTypes() {
    }

    /** Reads one rule of whatever type its {@code type} field names, refusing fields the type does not know. */
    static Rule read(RuleFields fields) {
        String type = fields.requiredString("type");
        Rule rule = switch (type) {
            case ExistenceRule.TYPE -> ExistenceRule.read(fields);
            case SubstitutionRule.TYPE -> SubstitutionRule.read(fields);
            case OccurrenceRule.TYPE -> OccurrenceRule.read(fields);
            case DisclosureRule.TYPE -> DisclosureRule.read(fields);
            case ShoutingRule.TYPE -> ShoutingRule.read(fields);
            case LengthRule.TYPE -> LengthRule.read(fields);
            case OwnWordsRule.TYPE -> OwnWordsRule.read(fields);
            case RepetitionRule.TYPE -> RepetitionRule.read(fields);
            case LinkRule.TYPE -> LinkRule.read(fields);
            case PatternRule.TYPE -> PatternRule.read(fields);
            default -> throw fields.problem("type \"" + type + "\" is unknown; the types are "
                    + String.join(", ", NAMES));
        };
        fields.rejectUnknownFields();
        return rule;
    }
}
