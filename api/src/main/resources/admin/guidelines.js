// The company's tone guidelines: the current rule set in a JSON editor, its version history, and a box to try a
// draft against the saved rules.
import * as api from './api.js';
import { formatInstant } from './dates.js';
import { userName } from './directory.js';
import { busy, fill, h, messageArea, pager, table } from './dom.js';
import { draftCheck } from './draft-check.js';

const HISTORY_SIZE = 10;

export async function render(view) {
  const reply = await api.get('/guidelines');
  let saved = readable(reply.text);
  let etag = reply.etag;

  const editor = h('textarea', { id: 'rule-set', class: 'code', spellcheck: 'false', autocomplete: 'off',
    'aria-describedby': 'rule-set-hint', value: saved });
  const version = h('p', { class: 'meta', text: versionText(etag) });
  const problem = h('div', { class: 'editor-problem' });
  const message = messageArea();
  const save = h('button', { type: 'button', text: 'Save' });
  const format = h('button', { type: 'button', class: 'secondary', text: 'Tidy the JSON' });
  const discard = h('button', { type: 'button', class: 'secondary', text: 'Discard my changes' });
  const history = h('div');

  const clearProblems = () => {
    message.clear();
    fill(problem);
    editor.removeAttribute('aria-invalid');
  };

  save.addEventListener('click', () => {
    clearProblems();
    busy(save, async () => {
      try {
        const result = await api.putText('/guidelines', editor.value, etag ? { 'If-Match': etag } : {});
        etag = result.etag;
        saved = editor.value;
        version.textContent = versionText(etag);
        message.ok(`Saved as version ${versionOf(etag)}. Employees get it the next time their extension checks.`);
        showHistory(history, 0, editor, () => saved);
      } catch (error) {
        if (error.status === 412) {
          message.error('');
          fill(message.el, h('strong', { text: 'Someone saved the guidelines meanwhile. ' }),
            'Your text is still in the editor and was not saved: copy what you want to keep, then reload.',
            h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', text: 'Reload',
              onclick: () => render(view).catch((e) => message.show(e)) })));
          return;
        }
        showProblem(problem, editor, error);
      }
    });
  });

  format.addEventListener('click', () => {
    clearProblems();
    try {
      editor.value = JSON.stringify(JSON.parse(editor.value), null, 2);
    } catch (error) {
      showProblem(problem, editor, { field: null, message: `This is not valid JSON yet: ${error.message}` });
    }
  });

  discard.addEventListener('click', () => {
    clearProblems();
    editor.value = saved;
  });

  fill(view,
    h('h1', { tabindex: '-1', text: 'Guidelines' }),
    h('div', { class: 'editor-layout' },
      h('div', { class: 'card' },
        h('h2', {}, h('label', { for: 'rule-set', text: 'Rule set (JSON)' })),
        version,
        h('p', { id: 'rule-set-hint', class: 'hint', text: 'A JSON object with a "rules" array. Each rule has an '
          + 'id, a type and a message; Herald checks every rule when you save and names the one it cannot use.' }),
        editor,
        problem,
        h('div', { class: 'actions' }, save, format, discard),
        message.el),
      draftCheck()),
    h('div', { class: 'card' }, h('h2', { text: 'Version history' }), history));
  await showHistory(history, 0, editor, () => saved);
}

/** The 400 next to the editor: the field it names (`rules[3]`) and the detail, with a way to the rule. */
function showProblem(place, editor, error) {
  editor.setAttribute('aria-invalid', 'true');
  const range = error.field ? ruleRange(editor.value, error.field) : null;
  fill(place, h('div', { class: 'message error', role: 'alert' },
    error.field ? [h('strong', {}, 'Field ', h('code', { text: error.field })), ': '] : null,
    error.message,
    range ? h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary small',
      text: 'Show this rule in the editor', onclick: () => select(editor, range) })) : null));
}

/** Where the rule named by `rules[<n>]…` starts in the text: its `"id": "…"`, when the text parses and it has one. */
function ruleRange(text, field) {
  const match = field.match(/^rules\[(\d+)\]/);
  if (!match) return null;
  let rules;
  try {
    rules = JSON.parse(text).rules;
  } catch {
    return null;
  }
  const rule = Array.isArray(rules) ? rules[Number(match[1])] : null;
  if (!rule || typeof rule.id !== 'string') return null;
  const escaped = JSON.stringify(rule.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`"id"\\s*:\\s*${escaped}`).exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}

function select(editor, range) {
  editor.focus();
  editor.setSelectionRange(range.start, range.end);
  const line = editor.value.slice(0, range.start).split('\n').length - 1;
  const lineHeight = Number.parseFloat(getComputedStyle(editor).lineHeight) || 20;
  editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

async function showHistory(place, page, editor, savedText) {
  try {
    const reply = await api.get(`/guidelines/history?page=${page}&size=${HISTORY_SIZE}`);
    const rows = reply.data.items.map((version) => historyRow(version, editor, savedText));
    fill(place, table('Saved versions, newest first', ['Version', 'Saved by', 'Saved at', ''], rows),
      pager(reply.data, (p) => showHistory(place, p, editor, savedText)));
  } catch (error) {
    const message = messageArea();
    message.show(error);
    fill(place, message.el);
  }
}

function historyRow(version, editor, savedText) {
  const by = h('td', { text: version.updatedBy ? '…' : 'Herald (default set)' });
  if (version.updatedBy) userName(version.updatedBy).then((name) => { by.textContent = name; });
  const text = JSON.stringify(version.ruleSet, null, 2);
  const shown = h('pre', { class: 'version code', hidden: true, tabindex: '0', text });
  const view = h('button', { type: 'button', class: 'secondary small', 'aria-expanded': 'false', text: 'Show',
    'aria-label': `Show version ${version.version}` });
  view.addEventListener('click', () => {
    shown.hidden = !shown.hidden;
    view.setAttribute('aria-expanded', String(!shown.hidden));
    view.textContent = shown.hidden ? 'Show' : 'Hide';
    view.setAttribute('aria-label', `${view.textContent} version ${version.version}`);
  });
  const restore = h('button', { type: 'button', class: 'secondary small', text: 'Copy into the editor',
    'aria-label': `Copy version ${version.version} into the editor` });
  restore.addEventListener('click', () => {
    if (editor.value !== savedText() && !window.confirm('Replace your unsaved changes in the editor with version '
      + `${version.version}?`)) return;
    editor.value = text;
    editor.focus();
  });
  return h('tr', {},
    h('td', { text: String(version.version) }),
    by,
    h('td', { class: 'nowrap', text: formatInstant(version.updatedAt) }),
    h('td', {}, h('div', { class: 'actions' }, view, restore), shown));
}

/** The stored text, laid out for editing when it was stored on one line. */
function readable(text) {
  if (text.includes('\n')) return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function versionOf(etag) {
  return etag ? etag.replace(/^W\//, '').replaceAll('"', '') : '?';
}

function versionText(etag) {
  return `Current version: ${versionOf(etag)}`;
}
