// @ts-check
// The company's tone guidelines. Admins edit each rule in a form made for its kind (word lists, swaps as pairs,
// limits, levels, platforms, messages in four languages); the JSON stays available as an advanced view. The engine the
// extension runs checks the rules as they are edited and lints the draft box against them before they are saved.
// Saving first shows what changed since the current version.
import * as api from './api.js';
import { formatInstant } from './dates.js';
import { userName } from './directory.js';
import { busy, data, describe, fill, h, labelled, messageArea, pager, select, table } from './dom.js';
import { draftCheck } from './draft-check.js';
import { engine } from './engine-client.js';
import { t } from './i18n.js';
import { jsonProblem } from './json-problems.js';
import { guardUnsaved, saved as allSaved } from './navigation.js';
import { ruleChanges } from './rule-diff.js';
import { TYPES, newRule, ruleFields, ruleSummary } from './rule-forms.js';

const HISTORY_SIZE = 10;

export async function render(/** @type {HTMLElement} */ view) {
  const reply = await api.get('/guidelines');
  let savedText = reply.text;
  let etag = reply.etag;
  /** @type {any} */
  let working = JSON.parse(savedText);
  let mode = 'form';

  const version = h('p', { class: 'meta', text: t('guidelines.version', { version: versionOf(etag) }) });
  const status = h('div', { class: 'rules-status', role: 'status' });
  const message = messageArea();
  const rulesList = h('div', { class: 'rules' });
  const editor = h('textarea', { id: 'rule-set', class: 'code', spellcheck: 'false', autocomplete: 'off',
    'aria-describedby': 'rule-set-hint' });
  const problem = h('div', { class: 'editor-problem' });
  const review = h('div', { class: 'review', hidden: true });
  const save = h('button', { type: 'button', text: t('guidelines.save') });
  const discard = h('button', { type: 'button', class: 'secondary', text: t('guidelines.discard') });
  const formTab = h('button', { type: 'button', class: 'tab', 'aria-pressed': 'true', text: t('guidelines.formView') });
  const jsonTab = h('button', { type: 'button', class: 'tab', 'aria-pressed': 'false', text: t('guidelines.jsonView') });
  const formPane = h('div', { class: 'form-pane' });
  const jsonPane = h('div', { class: 'json-pane', hidden: true },
    h('label', { for: 'rule-set', class: 'block-label', text: t('guidelines.json') }),
    h('p', { id: 'rule-set-hint', class: 'hint', text: t('guidelines.jsonHint') }),
    editor, problem,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', text: t('guidelines.tidy'),
      onclick: () => {
        const text = editor.value;
        if (jsonProblem(text) === null) editor.value = JSON.stringify(JSON.parse(text), null, 2);
        changed();
      } })));
  const history = h('div');
  const history_ = () => showHistory(history, 0, (text) => {
    if (dirty() && !window.confirm(t('guidelines.replaceUnsaved'))) return;
    working = JSON.parse(text);
    editor.value = JSON.stringify(working, null, 2);
    drawRules();
    changed();
  });

  /** The rule set as it stands: the form's, or the JSON text in the advanced view. */
  const currentText = () => (mode === 'form' ? JSON.stringify(working) : editor.value);
  const normal = (/** @type {string} */ text) => (jsonProblem(text) === null ? JSON.stringify(JSON.parse(text)) : text);
  const dirty = () => normal(currentText()) !== normal(savedText);
  guardUnsaved(dirty);

  const draft = draftCheck(currentText);

  const drawRules = () => {
    const rules = Array.isArray(working.rules) ? working.rules : [];
    fill(rulesList, rules.map((/** @type {any} */ rule, /** @type {number} */ i) => ruleCard(rule, i)),
      addRule());
  };

  const ruleCard = (/** @type {any} */ rule, /** @type {number} */ index) => {
    const summary = h('summary', {}, ruleSummary(rule));
    const card = h('details', { class: 'rule', dataset: { index: String(index) }, 'data-field': `rules[${index}]` },
      summary,
      ruleFields(rule, () => {
        fill(summary, ruleSummary(rule));
        changed();
      }),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'danger small',
        text: t('guidelines.removeRule'), onclick: () => {
          if (!window.confirm(t('guidelines.removeConfirm', { id: rule.id }))) return;
          working.rules.splice(index, 1);
          drawRules();
          changed();
        } })));
    return card;
  };

  const addRule = () => {
    const type = select(TYPES.map((type) => /** @type {[string, string]} */ ([type, t(`rule.type.${type}`)])));
    const add = h('button', { type: 'button', class: 'secondary', text: t('guidelines.addRule') });
    add.addEventListener('click', () => {
      if (!Array.isArray(working.rules)) working.rules = [];
      working.rules.push(newRule(type.value, working.rules.map((/** @type {any} */ r) => r.id)));
      drawRules();
      const card = /** @type {HTMLDetailsElement} */ (rulesList.querySelector(`details[data-index="${
        working.rules.length - 1}"]`));
      card.open = true;
      /** @type {HTMLElement} */ (card.querySelector('input')).focus();
      changed();
    });
    return h('div', { class: 'add-rule' }, labelled(t('guidelines.newRuleType'), type), add);
  };

  let checking = 0;
  /** After any edit: check the rules with the engine and lint the draft again. */
  const changed = () => {
    review.hidden = true;
    message.clear();
    draft.refresh();
    const ticket = ++checking;
    setTimeout(() => {
      if (ticket === checking) check().then(showCheck);
    }, 150);
  };

  /**
   * What is wrong with the rules as they stand, or null: a JSON problem (advanced view), or the engine's refusal
   * with the index of the rule at fault.
   * @returns {Promise<null | {json?: any, rule?: number | null, text: string}>}
   */
  const check = async () => {
    const text = currentText();
    const json = jsonProblem(text);
    if (json) return { json, text: json.message };
    const refusal = (await engine()).validateRuleSet(text);
    if (refusal === null) return null;
    const index = /\(index (\d+)\)/.exec(refusal);
    return { rule: index ? Number(index[1]) : null, text: refusal };
  };

  const showCheck = (/** @type {null | {json?: any, rule?: number | null, text: string}} */ found) => {
    for (const card of rulesList.querySelectorAll('.rule')) {
      card.classList.remove('invalid');
      card.querySelector('.field-error')?.remove();
    }
    fill(problem);
    editor.removeAttribute('aria-invalid');
    if (found === null) {
      fill(status, h('p', { class: 'message ok', text: t('guidelines.valid') }));
      return;
    }
    const where = found.rule !== null && found.rule !== undefined ? t('guidelines.invalidRule', {
      n: found.rule + 1, path: `rules[${found.rule}]` }) : t('guidelines.invalid');
    const detail = found.json ? found.text : h('span', { class: 'api-detail', translate: 'no', lang: 'en',
      text: found.text });
    fill(status, h('p', { class: 'message error' }, `${where} `, detail));
    if (found.json) {
      editor.setAttribute('aria-invalid', 'true');
      fill(problem, h('div', { class: 'message error' }, found.text, h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary small', text: t('guidelines.showPlace'),
          onclick: () => selectRange(editor, found.json.offset, found.json.offset + 1) }))));
      return;
    }
    if (found.rule !== null && found.rule !== undefined) {
      const card = rulesList.querySelector(`details[data-index="${found.rule}"]`);
      if (card) {
        card.classList.add('invalid');
        card.append(h('p', { class: 'field-error' }, detail.cloneNode(true)));
      }
      if (mode === 'json') {
        editor.setAttribute('aria-invalid', 'true');
        const range = ruleRange(editor.value, found.rule);
        fill(problem, h('div', { class: 'message error' }, h('strong', {}, `${where} `), detail.cloneNode(true),
          range ? h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary small',
            text: t('guidelines.showRule'), onclick: () => selectRange(editor, range.start, range.end) })) : null));
      }
    }
  };

  /** Refused in place: the rule's card opens with the reason, and focus goes to it. */
  const refuseInPlace = (/** @type {{json?: any, rule?: number | null, text: string}} */ found) => {
    showCheck(found);
    if (mode === 'form' && found.rule !== null && found.rule !== undefined) {
      const card = /** @type {HTMLDetailsElement | null} */ (rulesList.querySelector(
        `details[data-index="${found.rule}"]`));
      if (card) {
        card.open = true;
        /** @type {HTMLElement} */ (card.querySelector('summary')).focus();
      }
    } else if (mode === 'json') {
      editor.focus();
    }
    message.error(t('guidelines.notSaved'));
  };

  const switchTo = (/** @type {string} */ next) => {
    if (next === mode) return;
    if (next === 'form') {
      const json = jsonProblem(editor.value);
      if (json) {
        showCheck({ json, text: json.message });
        message.error(t('guidelines.fixJsonFirst'));
        return;
      }
      working = JSON.parse(editor.value);
      drawRules();
    } else {
      editor.value = JSON.stringify(working, null, 2);
    }
    mode = next;
    formPane.hidden = mode !== 'form';
    jsonPane.hidden = mode !== 'json';
    formTab.setAttribute('aria-pressed', String(mode === 'form'));
    jsonTab.setAttribute('aria-pressed', String(mode === 'json'));
    message.clear();
  };
  formTab.addEventListener('click', () => switchTo('form'));
  jsonTab.addEventListener('click', () => switchTo('json'));
  editor.addEventListener('input', changed);

  save.addEventListener('click', () => busy(save, async () => {
    message.clear();
    const found = await check();
    if (found) {
      refuseInPlace(found);
      return;
    }
    const changes = ruleChanges(JSON.parse(savedText), JSON.parse(currentText()));
    const otherChanges = changes.length === 0 && dirty();
    if (changes.length === 0 && !otherChanges) {
      message.ok(t('guidelines.nothingChanged'));
      return;
    }
    const confirmSave = h('button', { type: 'button', text: t('guidelines.saveChanges') });
    fill(review,
      h('h3', { text: t('guidelines.reviewTitle', { version: versionOf(etag) }) }),
      h('ul', {}, changes.map((change) => h('li', {}, changeText(change))),
        otherChanges ? h('li', { text: t('guidelines.changeOther') }) : null),
      h('div', { class: 'actions' }, confirmSave, h('button', { type: 'button', class: 'secondary',
        text: t('guidelines.keepEditing'), onclick: () => { review.hidden = true; save.focus(); } })));
    review.hidden = false;
    confirmSave.focus();
    confirmSave.addEventListener('click', () => busy(confirmSave, async () => {
      try {
        const text = currentText();
        const result = await api.putText('/guidelines', text, etag ? { 'If-Match': etag } : {});
        etag = result.etag;
        savedText = result.text;
        review.hidden = true;
        version.textContent = t('guidelines.version', { version: versionOf(etag) });
        message.ok(t('guidelines.saved', { version: versionOf(etag) }));
        history_();
      } catch (error) {
        review.hidden = true;
        const e = /** @type {any} */ (error);
        if (e.status === 412) {
          message.error(h('span', {}, h('strong', { text: t('guidelines.conflict') }), ' ',
            t('guidelines.conflictHelp'), h('div', { class: 'actions' }, h('button', { type: 'button',
              class: 'secondary', text: t('guidelines.reload'), onclick: () => {
                allSaved();
                render(view).catch((err) => message.show(err));
              } }))));
          return;
        }
        const index = e.field ? /^rules\[(\d+)\]/.exec(e.field) : null;
        refuseInPlace({ rule: index ? Number(index[1]) : null, text: e.message });
        message.show(e);
      }
    }));
  }));

  discard.addEventListener('click', () => {
    if (!dirty() || window.confirm(t('guidelines.discardConfirm'))) {
      working = JSON.parse(savedText);
      editor.value = JSON.stringify(working, null, 2);
      drawRules();
      changed();
    }
  });

  formPane.append(h('p', { class: 'hint', text: t('guidelines.formHint') }), rulesList);
  drawRules();
  editor.value = JSON.stringify(working, null, 2);
  fill(view,
    h('h1', { tabindex: '-1', text: t('nav.guidelines') }),
    version,
    h('div', { class: 'editor-layout' },
      h('section', { class: 'card', 'aria-labelledby': 'rules-title' },
        h('h2', { id: 'rules-title', text: t('guidelines.rules') }),
        h('div', { class: 'tabs', role: 'group', 'aria-label': t('guidelines.viewAs') }, formTab, jsonTab),
        status, formPane, jsonPane, review,
        h('div', { class: 'actions' }, save, discard),
        message.el),
      draft.el),
    h('section', { class: 'card', 'aria-labelledby': 'history-title' }, h('h2', { id: 'history-title',
      text: t('guidelines.history') }), history));
  check().then(showCheck);
  await history_();
}

/** @param {import('./rule-diff.js').RuleChange} change */
function changeText(change) {
  if (change.kind === 'added') return [t('guidelines.changeAdded'), ' ', data(change.id, 'strong')];
  if (change.kind === 'removed') return [t('guidelines.changeRemoved'), ' ', data(change.id, 'strong')];
  return [t('guidelines.changeChanged'), ' ', data(change.id, 'strong'), `: ${change.fields.map((field) => {
    const label = t(`rule.${field}`);
    return label === `rule.${field}` ? field : label;
  }).join(', ')}`];
}

/** Where rule `index` starts in the text: its `"id": "…"`, when the text parses and it has one. */
function ruleRange(/** @type {string} */ text, /** @type {number} */ index) {
  if (jsonProblem(text)) return null;
  const rules = JSON.parse(text).rules;
  const rule = Array.isArray(rules) ? rules[index] : null;
  if (!rule || typeof rule.id !== 'string') return null;
  const escaped = JSON.stringify(rule.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`"id"\\s*:\\s*${escaped}`).exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}

function selectRange(/** @type {HTMLTextAreaElement} */ editor, /** @type {number} */ start, /** @type {number} */ end) {
  editor.focus();
  editor.setSelectionRange(start, end);
  const line = editor.value.slice(0, start).split('\n').length - 1;
  const lineHeight = Number.parseFloat(getComputedStyle(editor).lineHeight) || 20;
  editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/**
 * The saved versions; `restore(text)` puts one into the editor.
 * @param {HTMLElement} place
 * @param {number} page
 * @param {(text: string) => void} restore
 */
async function showHistory(place, page, restore) {
  try {
    const reply = await api.get(`/guidelines/history?page=${page}&size=${HISTORY_SIZE}`);
    fill(place, table(t('guidelines.versions'), [
      { heading: t('guidelines.versionColumn'), cell: (v) => String(v.version) },
      { heading: t('guidelines.savedBy'), cell: (v) => savedBy(v) },
      { heading: t('guidelines.savedAt'), cell: (v) => formatInstant(v.updatedAt) },
      { heading: t('table.actions'), cell: (v) => versionActions(v, restore) },
    ], reply.data.items), pager(reply.data, (p) => showHistory(place, p, restore)));
  } catch (error) {
    fill(place, h('p', { class: 'message error' }, describe(error)));
  }
}

function savedBy(/** @type {any} */ version) {
  if (!version.updatedBy) return t('guidelines.defaultSet');
  const name = data('…');
  userName(version.updatedBy).then((n) => { name.textContent = n === 'you' ? t('common.you') : n; });
  return name;
}

function versionActions(/** @type {any} */ version, /** @type {(text: string) => void} */ restore) {
  const text = JSON.stringify(version.ruleSet, null, 2);
  const shown = h('pre', { class: 'version code', hidden: true, tabindex: '0', translate: 'no', text });
  const toggle = h('button', { type: 'button', class: 'secondary small', 'aria-expanded': 'false',
    text: t('guidelines.show'), 'aria-label': t('guidelines.showVersion', { version: version.version }) });
  toggle.addEventListener('click', () => {
    shown.hidden = !shown.hidden;
    toggle.setAttribute('aria-expanded', String(!shown.hidden));
    toggle.textContent = shown.hidden ? t('guidelines.show') : t('guidelines.hide');
  });
  const copy = h('button', { type: 'button', class: 'secondary small', text: t('guidelines.copyIn'),
    'aria-label': t('guidelines.copyVersion', { version: version.version }), onclick: () => restore(text) });
  return [h('div', { class: 'actions' }, toggle, copy), shown];
}

function versionOf(/** @type {string | null} */ etag) {
  return etag ? etag.replace(/^W\//, '').replaceAll('"', '') : '?';
}

