// @ts-check
// What saving would change, rule by rule: added, removed, and for a changed rule which of its settings changed.

/**
 * @typedef {{kind: 'added' | 'removed' | 'changed', id: string, fields: string[]}} RuleChange
 */

/** The changes from `before` to `after` (rule sets as objects), in the order of `after` then removals. */
export function ruleChanges(/** @type {any} */ before, /** @type {any} */ after) {
  const rulesOf = (/** @type {any} */ set) => (Array.isArray(set?.rules) ? set.rules : []);
  const old = new Map(rulesOf(before).map((/** @type {any} */ rule) => [rule.id, rule]));
  const now = new Map(rulesOf(after).map((/** @type {any} */ rule) => [rule.id, rule]));
  /** @type {RuleChange[]} */
  const changes = [];
  for (const [id, rule] of now) {
    const was = old.get(id);
    if (!was) {
      changes.push({ kind: 'added', id, fields: [] });
      continue;
    }
    const fields = [...new Set([...Object.keys(was), ...Object.keys(rule)])]
      .filter((field) => JSON.stringify(was[field]) !== JSON.stringify(rule[field]));
    if (fields.length) changes.push({ kind: 'changed', id, fields });
  }
  for (const id of old.keys()) {
    if (!now.has(id)) changes.push({ kind: 'removed', id, fields: [] });
  }
  return changes;
}
