/**
 * Text normalisation shared by the guideline engine, the length counter, the own-words measure and ranking: Unicode
 * NFC, case and diacritics folding, and word tokens with UTF-16 spans into the original text.
 *
 * <p>Nothing here uses {@code java.text.Normalizer} or {@code java.util.regex}: TeaVM's class library has no
 * {@code Normalizer}, and the browser and the JVM must give the same answers, so the Unicode data this package needs is
 * carried in small generated tables.
 */
package io.herald.common.text;
