/**
 * The guideline engine: a company's rule set (data, edited by admins, shipped as JSON to the browser) checked against
 * a draft post, giving plain-data findings that a composer can show and apply with one click.
 *
 * <p>Entry points: {@link io.herald.common.lint.RuleSet#parse(String)} validates a rule set,
 * {@link io.herald.common.lint.RuleSet#lint(LintRequest)} checks a draft, and
 * {@link io.herald.common.lint.Findings#render(java.util.List)} prints findings in the golden-test line format. The
 * same code runs on the JVM (the API) and, compiled by TeaVM, in the browser, so it uses no reflection, no threads
 * and nothing whose result could differ between the two runtimes.
 */
package io.herald.common.lint;
