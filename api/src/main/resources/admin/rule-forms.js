// @ts-check
// One form per kind of guideline rule, so that admins edit word lists, swaps, limits, levels, platforms and messages
// in four languages without writing JSON. Each form edits the rule object it is given, in place, and calls
// `changed()` after every edit; fields a form does not show (a newer engine's) are kept as they are.
import { data, h, labelled, select, uid } from './dom.js';
import { t } from './i18n.js';

export const TYPES = ['existence', 'substitution', 'occurrence', 'disclosure', 'shouting', 'length', 'own-words',
  'repetition', 'link', 'pattern'];
const LANGS = ['en', 'fi', 'nb', 'pl'];
const LEVELS = ['suggestion', 'warning', 'error'];
const COUNTS = ['hashtags', 'mentions', 'exclamations', 'emoji', 'links'];

/** A new rule of `type` with what it needs to be valid, and an id not used in `taken`. */
export function newRule(/** @type {string} */ type, /** @type {string[]} */ taken) {
  let id = type;
  for (let n = 2; taken.includes(id); n += 1) id = `${type}-${n}`;
  /** @type {Record<string, any>} */
  const starts = {
    existence: { words: ['example'] },
    substitution: { swap: { example: 'instance' } },
    occurrence: { count: 'hashtags', max: 3 },
    disclosure: { forms: ['#employee'] },
    shouting: {},
    length: {},
    'own-words': {},
    repetition: {},
    link: { retiredMessage: { en: 'This content has been archived.' } },
    pattern: { pattern: 'example' },
  };
  return { id, type, message: { en: '"%s": …' }, ...starts[type] };
}

/**
 * The fields of `rule`, for its kind.
 * @param {Record<string, any>} rule
 * @param {() => void} changed
 */
export function ruleFields(rule, changed) {
  const set = (/** @type {string} */ key, /** @type {any} */ value) => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete rule[key];
    else rule[key] = value;
    changed();
  };
  const common = [
    labelled(t('rule.id'), textInput(rule.id, (v) => set('id', v), { 'data-field': 'id', spellcheck: 'false' }),
      t('rule.idHint')),
    levelSelect(t('rule.level'), rule.level, (v) => set('level', v), 'level', t('rule.levelHint')),
    platformChecks(rule.platforms, (v) => set('platforms', v)),
    languages(t('rule.message'), rule.message, (v) => set('message', v), 'message', t('rule.messageHint'), true),
    languages(t('rule.description'), rule.description, (v) => set('description', v), 'description',
      t('rule.descriptionHint'), false, 'textarea'),
    labelled(t('rule.link'), textInput(rule.link, (v) => set('link', v), { type: 'url', 'data-field': 'link' }),
      t('rule.linkHint')),
  ];
  return h('div', { class: 'rule-fields' }, typeFields(rule, set), common);
}

/** @param {Record<string, any>} rule @param {(key: string, value: any) => void} set */
function typeFields(rule, set) {
  const flags = (/** @type {string[]} */ keys) => h('div', { class: 'checks' }, keys.map((key) => check(
    t(`rule.${key}`), rule[key] === true, (on) => set(key, on ? true : undefined), key)));
  switch (rule.type) {
    case 'existence':
      return [
        labelled(t('rule.words'), lines(rule.words, (v) => set('words', v), 'words'), t('rule.wordsHint')),
        flags(['prefix', 'matchCase', 'matchDiacritics']),
      ];
    case 'substitution':
      return [swapPairs(rule.swap, (v) => set('swap', v)), flags(['matchCase', 'matchDiacritics'])];
    case 'occurrence':
      return h('div', { class: 'grid' },
        labelled(t('rule.count'), choice(COUNTS.map((c) => [c, t(`rule.count.${c}`)]), rule.count || 'hashtags',
          (v) => set('count', v), 'count')),
        labelled(t('rule.min'), numberInput(rule.min, (v) => set('min', v), 'min'), t('rule.minHint')),
        labelled(t('rule.max'), numberInput(rule.max, (v) => set('max', v), 'max'), t('rule.maxHint')));
    case 'disclosure':
      return [
        labelled(t('rule.forms'), lines(rule.forms, (v) => set('forms', v), 'forms'), t('rule.formsHint')),
        languages(t('rule.insert'), rule.insert, (v) => set('insert', v), 'insert', t('rule.insertHint'), false),
      ];
    case 'shouting':
      return h('div', { class: 'grid' },
        labelled(t('rule.maxPercent'), numberInput(rule.maxPercent, (v) => set('maxPercent', v), 'maxPercent'),
          t('rule.maxPercentHint')),
        labelled(t('rule.acronymLength'), numberInput(rule.acronymLength, (v) => set('acronymLength', v),
          'acronymLength'), t('rule.acronymLengthHint')));
    case 'length':
      return [
        labelled(t('rule.warnAtPercent'), numberInput(rule.warnAtPercent, (v) => set('warnAtPercent', v),
          'warnAtPercent'), t('rule.warnAtPercentHint')),
        languages(t('rule.nearMessage'), rule.nearMessage, (v) => set('nearMessage', v), 'nearMessage',
          t('rule.nearMessageHint'), false),
        levelSelect(t('rule.nearLevel'), rule.nearLevel, (v) => set('nearLevel', v), 'nearLevel'),
      ];
    case 'own-words':
      return labelled(t('rule.minPercent'), numberInput(rule.minPercent, (v) => set('minPercent', v), 'minPercent'),
        t('rule.minPercentHint'));
    case 'repetition':
      return labelled(t('rule.ignore'), lines(rule.ignore, (v) => set('ignore', v), 'ignore'), t('rule.ignoreHint'));
    case 'link':
      return [
        languages(t('rule.retiredMessage'), rule.retiredMessage, (v) => set('retiredMessage', v), 'retiredMessage',
          null, true),
        levelSelect(t('rule.retiredLevel'), rule.retiredLevel, (v) => set('retiredLevel', v), 'retiredLevel'),
      ];
    case 'pattern':
      return [
        labelled(t('rule.pattern'), textInput(rule.pattern, (v) => set('pattern', v),
          { class: 'code', spellcheck: 'false', 'data-field': 'pattern' }), t('rule.patternHint')),
        h('div', { class: 'checks' }, check(t('rule.ignoreCase'), rule.ignoreCase !== false,
          (on) => set('ignoreCase', on ? undefined : false), 'ignoreCase')),
      ];
    default:
      return h('p', { class: 'hint', text: t('rule.unknownType') });
  }
}

/** @param {any} value @param {(v: string) => void} onChange @param {Record<string, any>} [attrs] */
function textInput(value, onChange, attrs = {}) {
  const input = h('input', { value: value ?? '', autocomplete: 'off', ...attrs });
  input.addEventListener('input', () => onChange(input.value));
  return input;
}

/** A whole number or nothing. @param {any} value @param {(v: number | undefined) => void} onChange */
function numberInput(value, onChange, /** @type {string} */ field) {
  const input = h('input', { type: 'number', min: 0, step: 1, value: value ?? '', 'data-field': field,
    inputmode: 'numeric' });
  input.addEventListener('input', () => onChange(input.value === '' ? undefined : Number(input.value)));
  return input;
}

/** One entry per line. @param {string[] | undefined} list @param {(v: string[]) => void} onChange */
function lines(list, onChange, /** @type {string} */ field) {
  const area = h('textarea', { rows: 4, value: (list || []).join('\n'), 'data-field': field, spellcheck: 'false' });
  area.addEventListener('input', () => onChange(area.value.split('\n').map((line) => line.trim()).filter(Boolean)));
  return area;
}

/** @param {string} label @param {boolean} on @param {(on: boolean) => void} onChange */
function check(label, on, onChange, /** @type {string} */ field) {
  const box = h('input', { type: 'checkbox', checked: on, 'data-field': field });
  box.addEventListener('change', () => onChange(box.checked));
  return h('label', { class: 'check' }, box, label);
}

/** @param {Array<[string, string]>} options @param {string} value @param {(v: string) => void} onChange */
function choice(options, value, onChange, /** @type {string} */ field) {
  const el = select(options, { 'data-field': field });
  el.value = value;
  el.addEventListener('change', () => onChange(el.value));
  return el;
}

/** @param {string} label @param {string | undefined} value @param {(v: string | undefined) => void} onChange */
function levelSelect(label, value, onChange, /** @type {string} */ field, /** @type {string | null} */ hint = null) {
  return labelled(label, choice([['', t('rule.levelDefault')], ...LEVELS.map((l) => /** @type {[string, string]} */ (
    [l, t(`level.${l}`)]))], value || '', (v) => onChange(v || undefined), field), hint);
}

/** @param {string[] | undefined} platforms @param {(v: string[]) => void} onChange */
function platformChecks(platforms, onChange) {
  const chosen = new Set(platforms || []);
  const box = (/** @type {string} */ id, /** @type {string} */ name) => {
    const input = h('input', { type: 'checkbox', checked: chosen.has(id), value: id });
    input.addEventListener('change', () => {
      if (input.checked) chosen.add(id);
      else chosen.delete(id);
      onChange(['linkedin', 'x'].filter((p) => chosen.has(p)));
    });
    return h('label', { class: 'check' }, input, name);
  };
  return h('fieldset', { 'data-field': 'platforms' }, h('legend', { text: t('rule.platforms') }),
    h('div', { class: 'checks' }, box('linkedin', 'LinkedIn'), box('x', 'X')),
    h('p', { class: 'hint', text: t('rule.platformsHint') }));
}

/**
 * A text in English, Finnish, Norwegian and Polish. Kept as a plain string while only English is given (as the
 * rule set had it), else as `{"en": …, "fi": …}` with the languages filled in.
 * @param {string} legend
 * @param {string | Record<string, string> | undefined} value
 * @param {(v: string | Record<string, string> | undefined) => void} onChange
 * @param {string} field
 * @param {string | null} hint
 * @param {boolean} required English required
 */
function languages(legend, value, onChange, field, hint, required, tag = 'input') {
  /** @type {Record<string, string>} */
  const texts = typeof value === 'string' ? { en: value } : { ...(value || {}) };
  const inputs = LANGS.map((lang) => {
    const control = h(tag, { value: texts[lang] ?? '', lang, rows: tag === 'textarea' ? 2 : null,
      'data-field': `${field}.${lang}` });
    control.addEventListener('input', () => {
      if (control.value.trim() === '') delete texts[lang];
      else texts[lang] = control.value;
      const others = Object.keys(texts).filter((l) => l !== 'en');
      if (Object.keys(texts).length === 0) onChange(undefined);
      else onChange(others.length === 0 && texts.en !== undefined ? texts.en : { ...texts });
    });
    return labelled(t(`language.${lang}`) + (lang === 'en' && required ? ` (${t('rule.required')})` : ''), control);
  });
  return h('fieldset', { class: 'languages', 'data-field': field }, h('legend', { text: legend }),
    hint ? h('p', { class: 'hint', text: hint }) : null, h('div', { class: 'grid' }, inputs));
}

/**
 * Substitutions as pairs: what to look for, what to suggest instead, one row each.
 * @param {Record<string, string> | undefined} swap
 * @param {(v: Record<string, string> | undefined) => void} onChange
 */
function swapPairs(swap, onChange) {
  const rows = h('div', { class: 'pairs' });
  const read = () => {
    /** @type {Record<string, string>} */
    const pairs = {};
    for (const row of rows.children) {
      const [find, replace] = /** @type {NodeListOf<HTMLInputElement>} */ (row.querySelectorAll('input'));
      if (find.value.trim()) pairs[find.value.trim()] = replace.value;
    }
    onChange(Object.keys(pairs).length ? pairs : undefined);
  };
  const renumber = () => [...rows.children].forEach((row, i) => {
    const [find, replace] = row.querySelectorAll('input');
    find.setAttribute('aria-label', t('rule.swapFindN', { n: i + 1 }));
    replace.setAttribute('aria-label', t('rule.swapReplaceN', { n: i + 1 }));
    /** @type {HTMLElement} */ (row.querySelector('button')).setAttribute('aria-label', t('rule.swapRemoveN', { n: i + 1 }));
  });
  const add = (/** @type {string} */ find = '', /** @type {string} */ replace = '', focus = false) => {
    const findInput = h('input', { value: find, autocomplete: 'off', oninput: read, class: 'swap-find' });
    const row = h('div', { class: 'pair' }, findInput, h('span', { 'aria-hidden': 'true', text: '→' }),
      h('input', { value: replace, autocomplete: 'off', oninput: read, class: 'swap-replace' }),
      h('button', { type: 'button', class: 'secondary small', text: t('rule.swapRemove'), onclick: () => {
        row.remove();
        renumber();
        read();
      } }));
    rows.append(row);
    renumber();
    if (focus) findInput.focus();
  };
  for (const [find, replace] of Object.entries(swap || {})) add(find, replace);
  const id = uid('pairs');
  return h('fieldset', { 'data-field': 'swap', 'aria-describedby': id }, h('legend', { text: t('rule.swap') }),
    h('p', { class: 'hint', id, text: t('rule.swapHint') }),
    h('div', { class: 'pair-head', 'aria-hidden': 'true' }, h('span', { text: t('rule.swapFind') }),
      h('span'), h('span', { text: t('rule.swapReplace') })),
    rows,
    h('button', { type: 'button', class: 'secondary small', text: t('rule.swapAdd'), onclick: () => add('', '', true) }));
}

/** A one-line summary of a rule for its heading: its id, kind and level. */
export function ruleSummary(/** @type {Record<string, any>} */ rule) {
  return [data(rule.id || '?', 'strong'), ` · ${TYPES.includes(rule.type) ? t(`rule.type.${rule.type}`) : rule.type}`,
    rule.level ? ` · ${t(`level.${rule.level}`)}` : ''];
}
