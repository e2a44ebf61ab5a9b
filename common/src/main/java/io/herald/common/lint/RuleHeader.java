package io.herald.common.lint;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.platform.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every rule has, whatever its type: id, type, level, message, the optional description and link that explain
 * why, and the platforms it applies to (empty means every platform, including ones added later).
 */
public record RuleHeader(
        String id,
        String type,
        Level level,
        LocalizedText message,
        Optional<LocalizedText> description,
        Optional<String> link,
        List<Platform> platforms) {

    public RuleHeader {
        platforms = List.copyOf(platforms);
    }

    /**
     * Reads the common fields of a rule of {@code type} whose message may use the named placeholders
     * {@code offered} besides {@code %s}.
     */
    public static RuleHeader read(RuleFields fields, String type, List<String> offered, Level defaultLevel) {
        Level level = fields.level("level", defaultLevel);
        LocalizedText message = fields.requiredText("message", offered);
        Optional<LocalizedText> description = fields.text("description", List.of());
        Optional<String> link = fields.optionalString("link");
        List<Platform> platforms = new ArrayList<>();
        for (String platform : fields.strings("platforms", false)) {
            platforms.add(Platform.fromId(platform).orElseThrow(() -> fields.problem("platform \"" + platform
                    + "\" is unknown; use " + platformIds())));
        }
        return new RuleHeader(fields.id(), type, level, message, description, link, platforms);
    }

    public boolean appliesTo(Platform platform) {
        return platforms.isEmpty() || platforms.contains(platform);
    }

    /** A finding at this rule's level, with this rule's message. */
    public Finding finding(Draft draft, int start, int end, Map<String, String> values, List<Suggestion> fixes) {
        return finding(draft, level, message, start, end, values, fixes);
    }

    /** A finding with another level and message than the rule's main ones (rule types with two outcomes). */
    public Finding finding(Draft draft, Level findingLevel, LocalizedText template, int start, int end,
                           Map<String, String> values, List<Suggestion> fixes) {
        String matched = draft.text().substring(start, end);
        String language = draft.language();
        Optional<String> why = description.isPresent() ? Optional.of(description.get().in(language))
                : Optional.empty();
        return new Finding(id, findingLevel, start, end, matched,
                MessageTemplate.fill(template.in(language), matched, values), fixes, why, link);
    }

    /** The common fields in canonical order, for {@link RuleSet#toJson()}; the rule type adds its own after them. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.add("id", id);
        json.add("type", type);
        json.add("level", level.id());
        json.add("message", message.toJson());
        description.ifPresent(text -> json.add("description", text.toJson()));
        link.ifPresent(url -> json.add("link", url));
        if (!platforms.isEmpty()) {
            JsonArray ids = new JsonArray();
            platforms.forEach(platform -> ids.add(platform.id()));
            json.add("platforms", ids);
        }
        return json;
    }

    private static String platformIds() {
        List<String> ids = new ArrayList<>();
        for (Platform platform : Platform.values()) {
            ids.add(platform.id());
        }
        return String.join(" or ", ids);
    }
}
