package io.herald.api.content;

import java.util.IllformedLocaleException;
import java.util.Locale;

import io.herald.api.web.ApiException;
import io.herald.api.web.Fields;

/** BCP 47 language tags of captions ({@code en}, {@code fi}, {@code nb}, {@code pl}, {@code en-GB}). */
public final class LanguageTags {
    /** RFC 5646 recommends that implementations support tags of at least 35 characters. */
    public static final int MAX_LENGTH = 35;

    private LanguageTags() {
    }

    /** The tag in its canonical case ({@code EN-gb} becomes {@code en-GB}), or a 400 naming the field. */
    public static String check(String field, String value) {
        String tag = Fields.text(field, value, MAX_LENGTH);
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw ApiException.invalidField(field, "is not a BCP 47 language tag such as en, fi, nb or en-GB.");
        }
        if (locale.getLanguage().isEmpty()) {
            throw ApiException.invalidField(field, "must start with a language, as in en, fi, nb or en-GB.");
        }
        return locale.toLanguageTag();
    }
}
