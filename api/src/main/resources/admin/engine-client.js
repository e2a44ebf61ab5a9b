// @ts-check
// The guideline engine the extension runs (engine.js, compiled from Java by TeaVM and served by the API next to this
// file), loaded the first time a view needs it: the rule set is validated and drafts are linted in the page, so an
// admin sees what a rule does before anyone else gets it.

/**
 * @typedef {object} Engine
 * @property {(ruleSetJson: string, requestJson: string) => string} lint
 * @property {(ruleSetJson: string) => string | null} validateRuleSet
 * @property {(text: string, platform: string) => string} length
 * @property {() => string} defaultGuidelines
 */

/** @type {Promise<Engine> | null} */
let loading = null;

/** The engine module, loaded once. */
export function engine() {
  if (loading === null) {
    loading = import('./engine.js').then((module) => /** @type {Engine} */ (/** @type {unknown} */ (module)),
      (error) => {
        loading = null;
        throw error;
      });
  }
  return loading;
}

/**
 * A post's length as the platform counts it: X's weighted count (links 23, most emoji and CJK characters 2) or
 * LinkedIn's characters.
 * @returns {Promise<{weighted: number, max: number, valid: boolean, validRangeEnd: number}>}
 */
export async function length(/** @type {string} */ text, /** @type {'x' | 'linkedin'} */ platform) {
  return JSON.parse((await engine()).length(text, platform));
}
