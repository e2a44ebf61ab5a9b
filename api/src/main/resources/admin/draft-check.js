// @ts-check
// "Try a draft": checks a post against the rules being edited, saved or not, with the engine the extension runs
// (engine.js in this page), as the admin types, and shows each finding highlighted in the draft with its message.
import { fill, h, labelled, select } from './dom.js';
import { engine } from './engine-client.js';
import { language, t, tn } from './i18n.js';

const LEVELS = ['suggestion', 'warning', 'error'];

/**
 * The draft box. `ruleSet()` gives the rule set as it stands in the editor (JSON text); `refresh()` on the returned
 * object lints again after the rules changed.
 * @param {() => string} ruleSet
 */
export function draftCheck(ruleSet) {
  const text = h('textarea', { rows: 5, 'data-field': 'text', id: 'draft-text' });
  const platform = select([['linkedin', 'LinkedIn'], ['x', 'X']], { 'data-field': 'platform' });
  const lang = select(['en', 'fi', 'nb', 'pl'].map((code) => /** @type {[string, string]} */ ([code,
    t(`language.${code}`)])), { 'data-field': 'language' });
  lang.value = language();
  const result = h('div', { class: 'lint-result', 'aria-live': 'polite' });

  let pending = 0;
  const refresh = () => {
    const ticket = ++pending;
    engine().then((e) => {
      if (ticket !== pending) return; // a newer keystroke wins
      const draft = text.value;
      if (draft.trim() === '') {
        fill(result, h('p', { class: 'hint', text: t('draft.empty') }));
        return;
      }
      const lint = JSON.parse(e.lint(ruleSet(), JSON.stringify({ text: draft, platform: platform.value,
        language: lang.value })));
      if (lint.error) {
        fill(result, h('p', { class: 'message error', text: t('draft.rulesBroken') }));
        return;
      }
      fill(result, ...findingsOf(draft, lint, platform.value));
    }, () => fill(result, h('p', { class: 'message error', text: t('draft.noEngine') })));
  };
  for (const control of [text, platform, lang]) control.addEventListener('input', refresh);

  const el = h('section', { class: 'card draft-check', 'aria-labelledby': 'try-title' },
    h('h2', { id: 'try-title', text: t('draft.title') }),
    h('p', { class: 'hint', text: t('draft.hint') }),
    labelled(t('draft.text'), text),
    h('div', { class: 'grid' }, labelled(t('draft.platform'), platform), labelled(t('draft.language'), lang)),
    result);
  refresh();
  return { el, refresh };
}

/** @param {string} draft @param {any} lint @param {string} platform */
function findingsOf(draft, lint, platform) {
  const { findings, length } = lint;
  const lengthText = t(length.valid ? 'draft.length' : 'draft.tooLong', { weighted: length.weighted,
    max: length.max, platform: platform === 'x' ? 'X' : 'LinkedIn' });
  if (findings.length === 0) {
    return [h('p', { class: 'message ok', text: `${t('draft.noFindings')} ${lengthText}` })];
  }
  return [
    h('p', { class: 'findings-summary' }, `${tn('draft.findings', findings.length)} ${lengthText}`),
    h('div', { class: 'draft-preview', 'aria-label': t('draft.highlighted') }, highlighted(draft, findings)),
    h('ol', { class: 'findings' }, findings.map((/** @type {any} */ finding) => h('li', {},
      h('span', { class: `badge ${finding.level}`, text: t(`level.${finding.level}`) }), ' ',
      h('span', { class: 'hint', translate: 'no', text: finding.ruleId }), ' ',
      finding.matched ? [h('q', { translate: 'no', text: finding.matched }), ': '] : null,
      h('span', { translate: 'no', text: finding.message }),
      finding.suggestions.length ? h('div', { class: 'hint' }, suggestions(finding.suggestions)) : null))),
  ];
}

/**
 * The draft as text and marks: the draft is cut at every finding's start and end, and each piece that findings
 * cover is marked (coloured by the most serious of them) and numbered after the finding's last piece. A finding
 * with no extent (a place to insert something) is a caret.
 * @param {string} draft
 * @param {any[]} findings
 */
function highlighted(draft, findings) {
  const clamp = (/** @type {number} */ n) => Math.max(0, Math.min(draft.length, n));
  const cuts = [...new Set([0, draft.length, ...findings.flatMap((f) => [clamp(f.start), clamp(f.end)])])]
    .sort((a, b) => a - b);
  /** @type {any[]} */
  const pieces = [];
  cuts.forEach((at, i) => {
    findings.forEach((f, n) => {
      if (clamp(f.start) === at && clamp(f.end) === at) {
        pieces.push(h('span', { class: 'point', title: f.message, text: `‸${n + 1}` }));
      }
    });
    if (i + 1 === cuts.length) return;
    const end = cuts[i + 1];
    const covering = findings.map((f, n) => ({ f, n }))
      .filter(({ f }) => clamp(f.start) <= at && clamp(f.end) >= end && f.end > f.start);
    const piece = draft.slice(at, end);
    if (covering.length === 0) {
      pieces.push(h('span', { translate: 'no', text: piece }));
      return;
    }
    const worst = covering.map(({ f }) => f.level).sort((a, b) => LEVELS.indexOf(b) - LEVELS.indexOf(a))[0];
    const endingHere = covering.filter(({ f }) => clamp(f.end) === end).map(({ n }) => n + 1);
    pieces.push(h('mark', { class: worst, translate: 'no', title: covering.map(({ f }) => f.message).join('\n') },
      piece, endingHere.length ? h('sup', { text: endingHere.join(',') }) : null));
  });
  return pieces;
}

/** @param {any[]} list */
function suggestions(list) {
  return [`${t('draft.suggestion')} `, list.map((s, i) => [i > 0 ? ` ${t('draft.or')} ` : '',
    s.kind === 'remove' ? t('draft.remove') : [t(s.kind === 'insert' ? 'draft.add' : 'draft.replace'), ' ',
      h('q', { translate: 'no', text: s.text })]])];
}
