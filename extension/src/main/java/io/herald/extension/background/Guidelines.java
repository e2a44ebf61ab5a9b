package io.herald.extension.background;

import io.herald.common.json.JsonObject;
import io.herald.common.lint.RuleSet;
import io.herald.common.lint.RuleSetException;

/**
 * The company's rule set, kept in storage under {@code guidelines} ({@code {"etag", "json"}}) so the assistant works
 * offline, revalidated with its ETag, and kept parsed: parsing takes far longer than a lint (a quarter of a second for
 * a hundred rules in the browser), so it happens when the set arrives or the worker starts, never at a keystroke.
 * Before the first rule set arrives there are no rules, and no findings.
 */
final class Guidelines {

    static final String KEY = "guidelines";
    private static final RuleSet NONE = RuleSet.parse("{\"rules\": []}");

    private final Api api;
    private String etag = "";
    private String json = "";
    private RuleSet parsed;

    Guidelines(Api api) {
        this.api = api;
    }

    void load(Runnable done) {
        Store.read(KEY, value -> {
            if (value != null && value.isObject()) {
                etag = value.asObject().getString("etag", "");
                json = value.asObject().getString("json", "");
            }
            done.run();
        });
    }

    /** Asks the API whether the rule set changed; stores and parses a new one. */
    void refresh(Runnable done) {
        api.get("/api/v1/guidelines", etag, response -> {
            if (response.status() == 200 && !response.body().equals(json)) {
                json = response.body();
                etag = response.etag();
                parsed = null;
                ruleSet();
                Store.write(KEY, new JsonObject().add("etag", etag).add("json", json), done);
            } else {
                done.run();
            }
        });
    }

    /** The rule set, parsed once per version. A stored set that no longer parses counts as none. */
    RuleSet ruleSet() {
        if (parsed == null) {
            try {
                parsed = json.isEmpty() ? NONE : RuleSet.parse(json);
            } catch (RuleSetException | IllegalArgumentException e) {
                parsed = NONE;
            }
        }
        return parsed;
    }

    /** Forgets the rule set (signing out). */
    void clear(Runnable done) {
        etag = "";
        json = "";
        parsed = null;
        Store.delete(KEY, done);
    }
}
