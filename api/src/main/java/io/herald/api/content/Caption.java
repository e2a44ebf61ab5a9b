package io.herald.api.content;

import io.herald.api.web.Fields;
import io.herald.api.web.TextRules;

/** A suggested post text for an item, written for one platform (or any) in one language. */
public record Caption(String text, CaptionPlatform platform, String language) {
    /** LinkedIn's limit for a post; X captions are checked against X's own counting by the guideline engine. */
    public static final int MAX_TEXT_LENGTH = 3000;

    /**
     * The caption checked and normalised, with failures naming {@code field} (such as {@code captions[2]}). Not done
     * in a compact constructor because only the enclosing list knows the caption's index.
     */
    Caption validated(String field) {
        String checkedText = TextRules.multiLine(field + ".text", Fields.text(field + ".text", text, MAX_TEXT_LENGTH));
        Fields.required(field + ".platform", platform);
        return new Caption(checkedText, platform, LanguageTags.check(field + ".language", language));
    }

    /** Whether the caption suits a post in this language: {@code en} matches {@code en} and {@code en-GB}. */
    boolean inLanguage(String languageTag) {
        String tag = language.toLowerCase(java.util.Locale.ROOT);
        String wanted = languageTag.toLowerCase(java.util.Locale.ROOT);
        return tag.equals(wanted) || tag.startsWith(wanted + "-");
    }
}
