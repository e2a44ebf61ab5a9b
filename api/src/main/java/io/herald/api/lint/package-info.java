/**
 * The guideline engine over HTTP: checks a draft against the company's stored rule set, with the same engine and the
 * same result shape as the browser extension.
 */
package io.herald.api.lint;
