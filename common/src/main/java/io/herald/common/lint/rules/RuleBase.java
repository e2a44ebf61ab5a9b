package io.herald.common.lint.rules;

import io.herald.common.lint.Rule;
import io.herald.common.lint.RuleHeader;

/** What every rule type holds: its validated common fields. */
abstract class RuleBase implements Rule {

    protected final RuleHeader header;

    RuleBase(RuleHeader header) {
        this.header = header;
    }

    @Override
    public final RuleHeader header() {
        return header;
    }
}
