package io.herald.common.lint;

import io.herald.common.text.TextBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Guideline messages with placeholders. {@code %s} stands for the matched text, as in Vale; a rule type with more to
 * say offers named placeholders in braces, such as {@code {max}} or {@code {replacement}} (each type documents its
 * own). A brace that does not open a placeholder name ({@code {} or {@code { x}}) is plain text, while a
 * well-formed name the type does not offer is refused when the rule set is loaded, so a typo never reaches an
 * employee as a literal {@code {mx}}.
 */
public final class MessageTemplate {

    private MessageTemplate() {
    }

    /** The message with {@code %s} replaced by {@code matched} and each {@code {name}} by its value. */
    public static String fill(String template, String matched, Map<String, String> values) {
        if (template.indexOf('%') < 0 && template.indexOf('{') < 0) {
            return template;
        }
        TextBuilder out = TextBuilder.create(template.length() + matched.length());
        int plainFrom = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            String value = null;
            int next = i + 1;
            if (c == '%' && i + 1 < template.length() && template.charAt(i + 1) == 's') {
                value = matched;
                next = i + 2;
            } else if (c == '{') {
                int close = nameEnd(template, i + 1);
                if (close > 0) {
                    value = values.get(template.substring(i + 1, close));
                    next = close + 1;
                }
            }
            if (value != null) {
                out.append(template, plainFrom, i).append(value);
                plainFrom = next;
                i = next;
            } else {
                i++;
            }
        }
        return out.append(template, plainFrom, template.length()).build();
    }

    /** The placeholder names in {@code template} that are not among {@code offered}, in order of appearance. */
    public static List<String> unknownNames(String template, List<String> offered) {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < template.length(); i++) {
            if (template.charAt(i) == '{') {
                int close = nameEnd(template, i + 1);
                if (close > 0) {
                    String name = template.substring(i + 1, close);
                    if (!offered.contains(name) && !unknown.contains(name)) {
                        unknown.add(name);
                    }
                }
            }
        }
        return unknown;
    }

    /** Index of the closing brace of a placeholder name (ASCII letters) starting at {@code from}, or -1. */
    private static int nameEnd(String template, int from) {
        int i = from;
        while (i < template.length() && isNameChar(template.charAt(i))) {
            i++;
        }
        return i > from && i < template.length() && template.charAt(i) == '}' ? i : -1;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
