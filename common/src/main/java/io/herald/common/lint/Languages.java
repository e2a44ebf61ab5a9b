package io.herald.common.lint;

import java.util.List;
import java.util.Locale;

/** The languages guideline messages can be written in, and how a requested language falls back. */
public final class Languages {

    /** English is required in every message; the others fall back to it. */
    public static final String FALLBACK = "en";

    public static final List<String> SUPPORTED = List.of("en", "fi", "nb", "pl");

    private Languages() {
    }

    /**
     * The supported language that best serves a requested one: a region or script suffix is dropped ("fi-FI" is
     * "fi"), Norwegian "no" and Nynorsk "nn" read Bokmål ("nb") rather than English, and anything else is English.
     */
    public static String resolve(String requested) {
        if (requested == null) {
            return FALLBACK;
        }
        // A finding's message asks again with the language already resolved: answer that without string work.
        for (int i = 0; i < SUPPORTED.size(); i++) {
            if (SUPPORTED.get(i).equals(requested)) {
                return SUPPORTED.get(i);
            }
        }
        String primary = requested.trim().toLowerCase(Locale.ROOT);
        int cut = firstSeparator(primary);
        if (cut >= 0) {
            primary = primary.substring(0, cut);
        }
        if (primary.equals("no") || primary.equals("nn")) {
            return "nb";
        }
        return SUPPORTED.contains(primary) ? primary : FALLBACK;
    }

    private static int firstSeparator(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c == '-' || c == '_') {
                return i;
            }
        }
        return -1;
    }
}
