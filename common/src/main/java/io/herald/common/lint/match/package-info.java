/**
 * Matching shared by several rule types: phrases against a draft's words (whole-word, case- and diacritics-folded,
 * optionally by prefix for inflected names) and URLs against the company's content.
 */
package io.herald.common.lint.match;
