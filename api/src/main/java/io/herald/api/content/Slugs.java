package io.herald.api.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Slugs made from titles: lower-case ASCII letters, digits and hyphens, safe in a URL and as {@code utm_campaign}.
 * "Årets bästa ölkafé, Łódź!" becomes {@code arets-basta-olkafe-lodz}.
 */
public final class Slugs {
    public static final int MAX_LENGTH = 60;
    /** The slug of a title with no Latin letters or digits at all. */
    static final String FALLBACK = "item";

    private Slugs() {
    }

    public static String fromTitle(String title) {
        String folded = Normalizer.normalize(foldLetters(title), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        String slug = trimHyphens(folded);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** Letters that Unicode decomposition leaves alone but that readers expect spelled in ASCII. */
    private static String foldLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ', 'Æ' -> out.append("ae");
                case 'ø', 'Ø' -> out.append('o');
                case 'ł', 'Ł' -> out.append('l');
                case 'đ', 'Đ' -> out.append('d');
                case 'þ', 'Þ' -> out.append("th");
                case 'œ', 'Œ' -> out.append("oe");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
