/**
 * Matching shared by several rule types: phrases against a draft's words (whole-word, case- and diacritics-folded,
 * optionally by prefix for inflected names), URLs against the company's content, and emoji.
 */
package io.herald.common.lint.match;
