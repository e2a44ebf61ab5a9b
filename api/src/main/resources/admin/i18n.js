// @ts-check
// The console's words in English, Finnish, Norwegian (Bokmål) and Polish: one message file per language in
// messages/<lang>.json, chosen by the switch in the header (remembered in localStorage), else by the browser's
// languages. Dates and numbers are written by Intl in the same language.

/** @typedef {'en' | 'fi' | 'nb' | 'pl'} Language */

/** @type {Array<[Language, string]>} Each language in its own words, for the switch. */
export const LANGUAGES = [['en', 'English'], ['fi', 'Suomi'], ['nb', 'Norsk (bokmål)'], ['pl', 'Polski']];
const KEY = 'herald.language';

/** @type {Record<string, string>} */
let messages = {};
/** @type {Record<string, string>} */
let english = {};
/** @type {Language} */
let current = 'en';
let plurals = new Intl.PluralRules('en');

/** The language to use: the one chosen here before, else the first of the browser's that the console speaks. */
export function preferred() {
  const codes = LANGUAGES.map(([code]) => code);
  const saved = localStorage.getItem(KEY);
  if (saved && codes.includes(/** @type {Language} */ (saved))) return /** @type {Language} */ (saved);
  for (const tag of navigator.languages || [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    const code = base === 'no' || base === 'nn' ? 'nb' : base;
    if (codes.includes(/** @type {Language} */ (code))) return /** @type {Language} */ (code);
  }
  return 'en';
}

/** Loads the message file of `language` (and English, which fills any gap). */
export async function load(language = preferred()) {
  const read = async (/** @type {string} */ code) => {
    const response = await fetch(`messages/${code}.json`, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`messages/${code}.json: HTTP ${response.status}`);
    return response.json();
  };
  english = await read('en');
  messages = language === 'en' ? english : await read(language);
  current = language;
  plurals = new Intl.PluralRules(language);
  document.documentElement.lang = language;
}

/** Remembers the language for the next visits. */
export function choose(/** @type {Language} */ language) {
  localStorage.setItem(KEY, language);
}

/** @returns {Language} */
export function language() {
  return current;
}

/**
 * The message `key` with its `{name}` placeholders filled from `params`. A key missing from the language's file reads
 * the English message; one missing from both reads as the key itself, which the tests look for.
 * @param {string} key
 * @param {Record<string, string | number>} [params]
 */
export function t(key, params = {}) {
  const text = messages[key] ?? english[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (all, name) => {
    const value = params[name];
    if (value === undefined) return all;
    return typeof value === 'number' ? number(value) : String(value);
  });
}

/**
 * A message that depends on a count: `key.one`, `key.few`, `key.many` or `key.other`, as the language's plural
 * rules say (Polish has four forms), with `{count}` filled in.
 * @param {string} key
 * @param {number} count
 * @param {Record<string, string | number>} [params]
 */
export function tn(key, count, params = {}) {
  const form = plurals.select(count);
  const chosen = (messages[`${key}.${form}`] ?? english[`${key}.${form}`]) !== undefined ? `${key}.${form}`
    : `${key}.other`;
  return t(chosen, { ...params, count });
}

/** A number in the console's language ('—' for none). */
export function number(/** @type {number | null | undefined} */ value, options = {}) {
  return value === null || value === undefined ? '—' : new Intl.NumberFormat(current, options).format(value);
}

/** A fraction as a percentage ('—' for none). */
export function percent(/** @type {number | null | undefined} */ ratio) {
  return ratio === null || ratio === undefined ? '—'
    : new Intl.NumberFormat(current, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** Fills every element marked `data-i18n="key"` (text) or `data-i18n-label="key"` (aria-label) in `root`. */
export function translate(/** @type {ParentNode} */ root) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(/** @type {HTMLElement} */ (el).dataset.i18n || '');
  for (const el of root.querySelectorAll('[data-i18n-label]')) {
    el.setAttribute('aria-label', t(/** @type {HTMLElement} */ (el).dataset.i18nLabel || ''));
  }
}
