// @ts-check
// Where a JSON text goes wrong, in plain words: the browser's JSON.parse says "Expected ',' or '}' after property
// value in JSON at position 312", which nobody outside engineering should have to read. This reads the text the way
// the JSON grammar does and stops at the first thing that cannot be there, saying where (line and character) and what
// it expected, in the console's language.
import { t } from './i18n.js';

/**
 * @typedef {object} JsonProblem
 * @property {number} offset where, as an index into the text
 * @property {number} line 1-based
 * @property {number} column 1-based
 * @property {string} message in the console's language, with the line and character
 */

/** The first problem of `text` as JSON, or null when it is valid JSON. */
export function jsonProblem(/** @type {string} */ text) {
  let at = 0;
  /** @param {string} key @param {Record<string, string>} [params] */
  const fail = (key, params = {}) => {
    throw Object.assign(new Error(key), { at, key, params });
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at += 1;
  };
  const end = () => at >= text.length;
  const value = (/** @type {number} */ depth) => {
    space();
    if (end()) fail('json.endEarly');
    if (depth > 200) fail('json.tooDeep');
    const c = text[at];
    if (c === '{') object(depth);
    else if (c === '[') array(depth);
    else if (c === '"') string();
    else if (c === '-' || (c >= '0' && c <= '9')) numberValue();
    else if (text.startsWith('true', at)) at += 4;
    else if (text.startsWith('false', at)) at += 5;
    else if (text.startsWith('null', at)) at += 4;
    else if (c === '\'') fail('json.singleQuote');
    else if (c === ',' ) fail('json.extraComma');
    else if (c === '}' || c === ']') fail('json.valueMissing');
    else fail('json.notAValue', { found: c });
  };
  const object = (/** @type {number} */ depth) => {
    at += 1;
    space();
    if (text[at] === '}') {
      at += 1;
      return;
    }
    for (;;) {
      space();
      if (end()) fail('json.endEarly');
      if (text[at] === '}') fail('json.trailingComma');
      if (text[at] !== '"') fail(text[at] === '\'' ? 'json.singleQuote' : 'json.keyExpected');
      string();
      space();
      if (text[at] !== ':') fail('json.colonExpected');
      at += 1;
      value(depth + 1);
      space();
      if (end()) fail('json.endEarly');
      if (text[at] === ',') {
        at += 1;
        continue;
      }
      if (text[at] === '}') {
        at += 1;
        return;
      }
      fail('json.commaOrBrace');
    }
  };
  const array = (/** @type {number} */ depth) => {
    at += 1;
    space();
    if (text[at] === ']') {
      at += 1;
      return;
    }
    for (;;) {
      space();
      if (text[at] === ']') fail('json.trailingComma');
      value(depth + 1);
      space();
      if (end()) fail('json.endEarly');
      if (text[at] === ',') {
        at += 1;
        continue;
      }
      if (text[at] === ']') {
        at += 1;
        return;
      }
      fail('json.commaOrBracket');
    }
  };
  const string = () => {
    at += 1;
    while (!end()) {
      const c = text[at];
      if (c === '"') {
        at += 1;
        return;
      }
      if (c === '\n' || c === '\r') fail('json.lineInString');
      if (c === '\\') {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail('json.badEscape');
          at += 6;
          continue;
        }
        if (!next || !'"\\/bfnrt'.includes(next)) fail('json.badEscape');
        at += 2;
        continue;
      }
      if (c < ' ') fail('json.controlInString');
      at += 1;
    }
    fail('json.unclosedString');
  };
  const numberValue = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match || match[0] === '-') fail('json.badNumber');
    at += /** @type {RegExpExecArray} */ (match)[0].length;
  };

  try {
    value(0);
    space();
    if (!end()) fail('json.afterEnd');
    return null;
  } catch (error) {
    const e = /** @type {any} */ (error);
    if (!e.key) throw error;
    const before = text.slice(0, e.at);
    const line = before.split('\n').length;
    const column = e.at - before.lastIndexOf('\n');
    return /** @type {JsonProblem} */ ({ offset: e.at, line, column,
      message: t('json.where', { line, column, problem: t(e.key, e.params) }) });
  }
}
