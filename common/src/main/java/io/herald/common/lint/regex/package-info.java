/**
 * Admin-written regular expressions made safe for an employee's browser tab, in two layers.
 *
 * <p>When a rule set is loaded, {@link io.herald.common.lint.regex.RegexSafety} parses the pattern and refuses the
 * shapes that make a backtracking engine take exponential time: a repetition that can vary inside another
 * repetition ({@code (a+)+}, {@code (\w+\s?)*}), alternatives that can start with the same character inside a
 * repetition ({@code (a|a)*}, {@code (a|ab)+}, {@code (\w|\d)+}), and backreferences. It also refuses syntax that
 * the JVM and TeaVM's regex engine might read differently (named groups, inline flags, class intersections).
 *
 * <p>Polynomial blow-ups ({@code \w*\w*\w*x}) pass that check, so matching also runs on a
 * {@link io.herald.common.lint.regex.BoundedText}, which counts the characters the engine reads and stops the
 * match past a budget proportional to the draft's length. A rule that runs out gives no findings for that draft.
 *
 * <p>For speed, a pattern is not searched for at every offset of a draft: {@link
 * io.herald.common.lint.regex.MatchStarts} keeps the offsets where a match can start (by its first character and by
 * literal characters at a known distance, found through a {@link io.herald.common.lint.regex.LiteralIndex} of the
 * draft), and the regex engine is tried at those alone, each try the same as a search's try at that offset.
 */
package io.herald.common.lint.regex;
