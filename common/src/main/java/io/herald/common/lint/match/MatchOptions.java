package io.herald.common.lint.match;

/**
 * How phrases compare with a draft's words. By default case and diacritics are ignored ("nokia" finds "NOKIA",
 * "Škoda" finds "Skoda" and the other way round), as the text package folds them.
 *
 * @param prefix          the last word of a phrase also matches words that start with it, which is how Finnish
 *                        and Polish inflect names ("Nokia" finds "Nokialle", "Nokian"; "Orlen" finds "Orlenu")
 * @param matchCase       compare words exactly as written: case and diacritics both count
 * @param matchDiacritics compare without regard to case but with regard to diacritics ("Łódź" does not find
 *                        "Lodz")
 */
public record MatchOptions(boolean prefix, boolean matchCase, boolean matchDiacritics) {

    public static final MatchOptions DEFAULT = new MatchOptions(false, false, false);
}
