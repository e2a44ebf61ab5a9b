package io.herald.common.lint;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON object of one rule, read field by field with errors that name the rule. Every read is remembered, so
 * that after a rule type has read what it knows, {@link #rejectUnknownFields()} refuses the rest: a misspelt
 * {@code "mx": 3} is an error for the admin, not a silently ignored limit.
 */
public final class RuleFields {

    private final JsonObject json;
    private final int index;
    private final String id;
    private final Set<String> read = new LinkedHashSet<>();

    RuleFields(JsonObject json, int index, String id) {
        this.json = json;
        this.index = index;
        this.id = id;
        read.add("id");
    }

    /** The rule's id, for messages; {@code "?"} while it is not yet known. */
    public String id() {
        return id;
    }

    /** An error about this rule: {@code rule "nokia" (index 2): <problem>}. */
    public RuleSetException problem(String problem) {
        return new RuleSetException(index, where(index, id) + ": " + problem);
    }

    static String where(int index, String id) {
        return id.equals("?") ? "rule at index " + index : "rule \"" + id + "\" (index " + index + ")";
    }

    public boolean has(String name) {
        read.add(name);
        JsonValue value = json.get(name);
        return value != null && !value.isNull();
    }

    public String requiredString(String name) {
        return optionalString(name).orElseThrow(() -> problem("field \"" + name + "\" is missing"));
    }

    public Optional<String> optionalString(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw problem("field \"" + name + "\" must be a string");
        }
        String text = value.asString();
        if (text.isBlank()) {
            throw problem("field \"" + name + "\" is empty");
        }
        return Optional.of(text);
    }

    public boolean bool(String name, boolean defaultValue) {
        JsonValue value = value(name);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw problem("field \"" + name + "\" must be true or false");
        }
        return value.asBoolean();
    }

    public int integer(String name, int defaultValue, int min, int max) {
        return optionalInteger(name, min, max).orElse(defaultValue);
    }

    public Optional<Integer> optionalInteger(String name, int min, int max) {
        JsonValue value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber() || !isWhole(value.toString())) {
            throw problem("field \"" + name + "\" must be a whole number");
        }
        long number;
        try {
            number = Long.parseLong(value.toString());
        } catch (NumberFormatException tooLong) {
            throw problem("field \"" + name + "\" must be between " + min + " and " + max);
        }
        if (number < min || number > max) {
            throw problem("field \"" + name + "\" must be between " + min + " and " + max + ", not " + number);
        }
        return Optional.of((int) number);
    }

    /** A list of non-blank strings; {@code required} lists must have at least one entry. Duplicates are dropped. */
    public List<String> strings(String name, boolean required) {
        JsonValue value = value(name);
        if (value == null) {
            if (required) {
                throw problem("field \"" + name + "\" is missing");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw problem("field \"" + name + "\" must be a list of strings");
        }
        Set<String> strings = new LinkedHashSet<>();
        JsonArray array = value.asArray();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (!item.isString() || item.asString().isBlank()) {
                throw problem("field \"" + name + "\" entry " + i + " must be a non-empty string");
            }
            strings.add(item.asString());
        }
        if (required && strings.isEmpty()) {
            throw problem("field \"" + name + "\" must not be empty");
        }
        return List.copyOf(strings);
    }

    /** An object of non-blank strings, in the order written; required maps must have at least one entry. */
    public Map<String, String> stringMap(String name, boolean required) {
        JsonValue value = value(name);
        if (value == null) {
            if (required) {
                throw problem("field \"" + name + "\" is missing");
            }
            return Map.of();
        }
        if (!value.isObject()) {
            throw problem("field \"" + name + "\" must be an object of strings");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (JsonObject.Member member : value.asObject()) {
            JsonValue item = member.getValue();
            if (member.getName().isBlank()) {
                throw problem("field \"" + name + "\" has an empty key");
            }
            if (!item.isString() || item.asString().isBlank()) {
                throw problem("field \"" + name + "\" entry \"" + member.getName() + "\" must be a non-empty string");
            }
            map.put(member.getName(), item.asString());
        }
        if (required && map.isEmpty()) {
            throw problem("field \"" + name + "\" must not be empty");
        }
        return map;
    }

    /**
     * A text for the employee: either a string (English) or an object from language code ({@code en}, {@code fi},
     * {@code nb}, {@code pl}) to text, English required. Placeholders are checked against those {@code offered}.
     */
    public Optional<LocalizedText> text(String name, List<String> offered) {
        JsonValue value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        if (value.isString()) {
            byLanguage.put(Languages.FALLBACK, value.asString());
        } else if (value.isObject()) {
            for (JsonObject.Member member : value.asObject()) {
                if (!Languages.SUPPORTED.contains(member.getName())) {
                    throw problem("field \"" + name + "\" has language \"" + member.getName()
                            + "\"; supported are " + String.join(", ", Languages.SUPPORTED));
                }
                if (!member.getValue().isString()) {
                    throw problem("field \"" + name + "\" in \"" + member.getName() + "\" must be a string");
                }
                byLanguage.put(member.getName(), member.getValue().asString());
            }
            if (!byLanguage.containsKey(Languages.FALLBACK)) {
                throw problem("field \"" + name + "\" needs an English (\"en\") text, the fallback for other languages");
            }
        } else {
            throw problem("field \"" + name + "\" must be a string or an object of language to text");
        }
        for (Map.Entry<String, String> entry : byLanguage.entrySet()) {
            if (entry.getValue().isBlank()) {
                throw problem("field \"" + name + "\" in \"" + entry.getKey() + "\" is empty");
            }
            List<String> unknown = MessageTemplate.unknownNames(entry.getValue(), offered);
            if (!unknown.isEmpty()) {
                throw problem("field \"" + name + "\" in \"" + entry.getKey() + "\" uses unknown placeholder {"
                        + unknown.get(0) + "}; this rule type offers " + offeredList(offered));
            }
        }
        return Optional.of(LocalizedText.of(byLanguage));
    }

    public LocalizedText requiredText(String name, List<String> offered) {
        return text(name, offered).orElseThrow(() -> problem("field \"" + name + "\" is missing"));
    }

    public Level level(String name, Level defaultValue) {
        Optional<String> value = optionalString(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return Level.fromId(value.get()).orElseThrow(() -> problem("field \"" + name + "\" is \"" + value.get()
                + "\"; use suggestion, warning or error"));
    }

    /** Refuses fields no one has read: they are typos or belong to another rule type. */
    public void rejectUnknownFields() {
        List<String> unknown = new ArrayList<>();
        for (String name : json.names()) {
            if (!read.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw problem("unknown field \"" + unknown.get(0) + "\" for type \"" + json.getString("type", "?") + "\"");
        }
    }

    private JsonValue value(String name) {
        read.add(name);
        JsonValue value = json.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static boolean isWhole(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!(c >= '0' && c <= '9') && !(i == 0 && c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String offeredList(List<String> offered) {
        if (offered.isEmpty()) {
            return "only %s";
        }
        List<String> names = new ArrayList<>();
        names.add("%s");
        for (String name : offered) {
            names.add("{" + name + "}");
        }
        return String.join(", ", names);
    }
}
