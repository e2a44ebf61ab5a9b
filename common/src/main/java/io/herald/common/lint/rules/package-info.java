/**
 * One class per rule type. Each reads and validates its own definition ({@code read(RuleFields)}, refusing with a
 * message that names the rule), checks a draft ({@code check(Draft)}) and writes its fields back in canonical form.
 * Messages are written by admins; the defaults in the rule set shipped with Herald encourage rather than forbid.
 */
package io.herald.common.lint.rules;
