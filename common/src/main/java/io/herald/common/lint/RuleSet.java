package io.herald.common.lint;

import io.herald.common.json.Json;
import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.common.json.ParseException;
import io.herald.common.lint.match.PhraseMatcher;
import io.herald.common.lint.match.PhraseWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A company's guidelines: validated rules, ready to check drafts. Immutable, so one instance can serve every
 * request.
 *
 * <p>JSON form: {@code {"version": 1, "rules": [ {rule}, ... ]}}, each rule an object with {@code id}, {@code type},
 * {@code message} and the type's own fields (see common/README.md, "Guideline engine").
 */
public final class RuleSet {

    /** The rule set format this engine reads and writes. */
    public static final int VERSION = 1;

    /** More rules than an admin could meaningfully maintain; the bound keeps a lint's work bounded too. */
    public static final int MAX_RULES = 1000;

    private final List<Rule> rules;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        List<PhraseMatcher> matchers = new ArrayList<>();
        for (Rule rule : this.rules) {
            matchers.addAll(rule.phraseMatchers());
        }
        PhraseWords.of(matchers);
    }

    /**
     * Validates and loads a rule set, or throws {@link RuleSetException} naming the first problem (the rule's id and
     * index, and what is wrong with it).
     */
    public static RuleSet parse(String json) {
        JsonValue root;
        try {
            root = Json.parse(json);
        } catch (ParseException invalid) {
            throw new RuleSetException("the rule set is not valid JSON: " + invalid.getMessage());
        }
        if (!root.isObject()) {
            throw new RuleSetException("the rule set must be a JSON object with a \"rules\" list");
        }
        JsonObject object = root.asObject();
        for (String name : object.names()) {
            if (!name.equals("version") && !name.equals("rules")) {
                throw new RuleSetException("the rule set has an unknown field \"" + name + "\"");
            }
        }
        JsonValue version = object.get("version");
        if (version != null && !(version.isNumber() && version.toString().equals(String.valueOf(VERSION)))) {
            throw new RuleSetException("the rule set has version " + version + "; this engine reads version "
                    + VERSION);
        }
        JsonValue list = object.get("rules");
        if (list == null || !list.isArray()) {
            throw new RuleSetException("the rule set needs a \"rules\" list");
        }
        JsonArray array = list.asArray();
        if (array.size() > MAX_RULES) {
            throw new RuleSetException("the rule set has " + array.size() + " rules; at most " + MAX_RULES
                    + " are allowed");
        }
        List<Rule> rules = new ArrayList<>();
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            Rule rule = readRule(array.get(i), i);
            Integer earlier = indexById.putIfAbsent(rule.header().id(), i);
            if (earlier != null) {
                throw new RuleSetException(i, RuleFields.where(i, rule.header().id())
                        + ": id is already used by the rule at index " + earlier);
            }
            rules.add(rule);
        }
        return new RuleSet(rules);
    }

    private static Rule readRule(JsonValue value, int index) {
        if (!value.isObject()) {
            throw new RuleSetException(index, RuleFields.where(index, "?") + ": a rule must be a JSON object");
        }
        JsonObject json = value.asObject();
        RuleFields fields = new RuleFields(json, index, "?");
        String id = fields.requiredString("id");
        if (!isValidId(id)) {
            throw fields.problem("id \"" + id + "\" must be 1 to 64 letters, digits, \".\", \"_\" or \"-\","
                    + " starting with a letter or digit");
        }
        return RuleTypes.read(new RuleFields(json, index, id));
    }

    private static boolean isValidId(String id) {
        if (id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alphanumeric && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
                return false;
            }
        }
        return true;
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        for (Rule rule : rules) {
            if (rule.header().id().equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * Checks a draft against every rule for its platform. The findings are sorted by {@link Findings#ORDER}, so the
     * result does not depend on the order of the rules.
     */
    public List<Finding> lint(LintRequest request) {
        return lint(new Draft(request));
    }

    /**
     * The same for a {@link Draft} the caller keeps, so that {@link LintResultJson#write(Draft, List)} reuses what
     * the rules worked out about the text.
     */
    public List<Finding> lint(Draft draft) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.header().appliesTo(draft.platform())) {
                findings.addAll(rule.check(draft));
            }
        }
        return Findings.sorted(findings);
    }

    /**
     * The canonical form: version first, then the rules in their order, each with its common fields, then its own,
     * messages always as language objects and defaults written out. Parsing it gives an equal rule set, and writing
     * it again gives the same text, so the stored rule set can be compared and diffed.
     */
    public String toJson() {
        JsonObject root = new JsonObject();
        root.add("version", VERSION);
        JsonArray array = new JsonArray();
        for (Rule rule : rules) {
            array.add(rule.toJson());
        }
        root.add("rules", array);
        return root.toPrettyString() + "\n";
    }
}
