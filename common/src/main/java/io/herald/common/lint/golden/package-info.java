/**
 * The golden test cases' format and runner, kept in main code so that the JVM test and the browser test (against
 * the TeaVM build) read cases and print findings with the same code and compare the same text.
 *
 * <p>A case is one JSON file: {@code {"description": "...", "ruleSet": "default" or {rule set}, "request":
 * {lint request, see LintRequestJson}, "expected": ["start-end ruleId level: message [suggestions]", ...]}}. The
 * expected lines are exactly {@link io.herald.common.lint.Findings#render} of the findings, without line breaks.
 */
package io.herald.common.lint.golden;
