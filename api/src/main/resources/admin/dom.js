// @ts-check
// Building the page without innerHTML: every value from the API goes in as text, never as markup. Elements that
// show the API's data (titles, names, messages) are marked translate="no": they are the company's words, not the
// console's, and the language tests leave them out.
import { csv, download } from './csv.js';
import { t, tn } from './i18n.js';

/**
 * Creates an element. `attrs` keys: `class`, `text`, `on<event>` (listeners), `dataset`, booleans such as `hidden`
 * (true sets, false leaves out) and any other attribute. Children are nodes, strings, or arrays of them; null is skipped.
 * @param {string} tag
 * @param {Record<string, any>} [attrs]
 * @param {...any} children
 * @returns {any}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'value' && 'value' in el) /** @type {any} */ (el).value = value;
    else if (key === 'checked' || key === 'selected') /** @type {any} */ (el)[key] = Boolean(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Text from the API (a title, a name): shown as it is, and never taken for the console's own words. */
export function data(/** @type {string | null | undefined} */ text, tag = 'span') {
  return h(tag, { translate: 'no', text: text ?? '' });
}

function append(/** @type {Element} */ el, /** @type {any[]} */ children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's children. */
export function fill(/** @type {Element} */ el, /** @type {...any} */ ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let uniqueIds = 0;

/** An id no other element of the page has, for label `for` and `aria-describedby`. */
export function uid(/** @type {string} */ prefix) {
  uniqueIds += 1;
  return `${prefix}-${uniqueIds}`;
}

/** A labelled control: the label, an optional hint under it, then the control; the control's id ties them together. */
export function labelled(/** @type {string} */ labelText, /** @type {HTMLElement} */ control,
  /** @type {string | null | undefined} */ hint = null) {
  if (!control.id) control.id = uid('field');
  const hintEl = hint ? h('p', { class: 'hint', id: uid('hint'), text: hint }) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: control.id, text: labelText }), hintEl, control);
}

/** `<select>` with [value, label] options, the first chosen. */
export function select(/** @type {Array<[string, string]>} */ options, attrs = {}) {
  const el = h('select', attrs);
  if (options.length) setOptions(el, options);
  return el;
}

/**
 * A place for the outcome of an action, right next to it: `show(error)` for an ApiError (its `detail`),
 * `ok(text)` for success, `clear()`. Screen readers hear errors at once and successes politely.
 */
export function messageArea() {
  const el = h('div', { class: 'message', hidden: true });
  return {
    el,
    error(/** @type {any} */ text) {
      el.className = 'message error';
      el.setAttribute('role', 'alert');
      fill(el, text);
      el.hidden = false;
    },
    show(/** @type {any} */ error) {
      this.error(describe(error));
    },
    ok(/** @type {any} */ text) {
      el.className = 'message ok';
      el.setAttribute('role', 'status');
      fill(el, text);
      el.hidden = false;
    },
    clear() {
      el.hidden = true;
      fill(el);
    },
  };
}

/**
 * What went wrong, in words. The API's detail is in English, so the console says in its own language what kind of
 * refusal it was and shows the detail beside it, marked as the API's text.
 */
export function describe(/** @type {any} */ error) {
  if (!error || !error.message) return String(error);
  if (error.status === 0) return t('error.unreachable');
  const kind = t(`error.status.${error.status}`) === `error.status.${error.status}` ? t('error.refused')
    : t(`error.status.${error.status}`);
  return h('span', {}, `${kind} `, h('span', { class: 'api-detail', translate: 'no', lang: 'en', text: error.message }));
}

/** Runs an async action with its button disabled, so a double click does not send it twice. */
export async function busy(/** @type {HTMLButtonElement} */ button, /** @type {() => Promise<any>} */ action) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/**
 * One action of `button` that reports to `message`: the message is cleared, the button is busy until the action
 * settles, and an error's detail is shown in the message.
 */
export function attempt(/** @type {HTMLButtonElement} */ button, /** @type {ReturnType<typeof messageArea>} */ message,
  /** @type {() => Promise<any>} */ action) {
  message.clear();
  return busy(button, async () => {
    try {
      await action();
    } catch (error) {
      message.show(error);
    }
  });
}

/** Sets a `<select>`'s [value, label] options, keeping the chosen value while it is still one of them. */
export function setOptions(/** @type {HTMLSelectElement} */ selectEl, /** @type {Array<[string, string]>} */ options) {
  const chosen = selectEl.value;
  fill(selectEl, options.map(([value, label]) => h('option', { value, text: label })));
  selectEl.value = options.some(([value]) => value === chosen) ? chosen : options[0][0];
}

/**
 * @typedef {object} Column
 * @property {string} heading
 * @property {(row: any) => any} cell what the table shows (text, a node, or an array of them)
 * @property {(row: any) => string | number | null} [value] what the CSV file holds; without it the column is not
 *   exported (buttons, forms)
 * @property {boolean} [numeric] right-aligned
 */

/**
 * A table from rows and columns. On narrow screens its rows become cards (each cell labelled with its heading), so
 * every control stays reachable without sideways scrolling. With `csvName`, a button downloads it as CSV: the same
 * rows and columns, with the values rather than their formatting (ISO dates, plain numbers).
 * @param {string} caption
 * @param {Column[]} columns
 * @param {any[]} rows
 * @param {{csvName?: string, rowAttrs?: (row: any) => Record<string, any>}} [options]
 */
export function table(caption, columns, rows, { csvName, rowAttrs } = {}) {
  const body = rows.map((row) => h('tr', rowAttrs ? rowAttrs(row) : {}, columns.map((column) => h('td', {
    class: column.numeric ? 'number' : null, dataset: { label: column.heading } }, column.cell(row)))));
  const exported = columns.filter((column) => column.value);
  const button = csvName ? h('button', { type: 'button', class: 'secondary small', text: t('table.csv'),
    'aria-label': t('table.csvOf', { table: caption }),
    onclick: () => download(`${csvName}.csv`, csv(exported.map((column) => column.heading),
      rows.map((row) => exported.map((column) => /** @type {any} */ (column).value(row))))) }) : null;
  return h('div', { class: 'table-block' },
    button ? h('div', { class: 'table-tools' }, button) : null,
    h('div', { class: 'table-wrap' },
      h('table', { class: 'stack' },
        h('caption', { text: caption }),
        h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col', class: column.numeric ? 'number'
          : null, text: column.heading })))),
        h('tbody', {}, body))));
}

/** "Previous / page n of m / Next" for a `{page, size, total}` page; `go(page)` shows another one. */
export function pager(/** @type {{page: number, size: number, total: number}} */ page,
  /** @type {(page: number) => void} */ go) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  return h('nav', { class: 'pager', 'aria-label': t('pager.label') },
    h('button', { type: 'button', class: 'secondary', disabled: page.page <= 0, onclick: () => go(page.page - 1) },
      t('pager.previous')),
    h('span', { text: `${t('pager.page', { page: page.page + 1, pages })} · ${tn('pager.items', page.total)}` }),
    h('button', { type: 'button', class: 'secondary', disabled: page.page + 1 >= pages,
      onclick: () => go(page.page + 1) }, t('pager.next')));
}

/** A button that copies `text()` to the clipboard, or selects `fallback` for Ctrl+C when the browser refuses. */
export function copyButton(/** @type {string} */ label, /** @type {() => string} */ text,
  /** @type {Element} */ fallback, attrs = {}) {
  const said = h('span', { role: 'status', class: 'hint' });
  const button = h('button', { type: 'button', class: 'secondary', text: label, ...attrs });
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text());
      said.textContent = t('copy.done');
    } catch {
      window.getSelection()?.selectAllChildren(fallback);
      said.textContent = t('copy.selected');
    }
  });
  return [button, said];
}
