// Building the page without innerHTML: every value from the API goes in as text, never as markup.

/**
 * Creates an element. `attrs` keys: `class`, `text`, `on<event>` (listeners), `dataset`, booleans such as `hidden`
 * (true sets, false leaves out) and any other attribute. Children are nodes, strings, or arrays of them; null is skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'value' && 'value' in el) el.value = value;
    else if (key === 'checked' || key === 'selected') el[key] = Boolean(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let uniqueIds = 0;

/** An id no other element of the page has, for label `for` and `aria-describedby`. */
export function uid(prefix) {
  uniqueIds += 1;
  return `${prefix}-${uniqueIds}`;
}

/** A labelled control: the label, the control, an optional hint; the control's id ties them together. */
export function labelled(labelText, control, hint) {
  if (!control.id) control.id = uid('field');
  const hintEl = hint ? h('p', { class: 'hint', id: uid('hint'), text: hint }) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: control.id, text: labelText }), control, hintEl);
}

/** `<select>` with [value, label] options, the first chosen. */
export function select(options, attrs = {}) {
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
    error(text) {
      el.className = 'message error';
      el.setAttribute('role', 'alert');
      fill(el, text);
      el.hidden = false;
    },
    show(error) {
      this.error(describe(error));
    },
    ok(text) {
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

/** What went wrong, in words: the problem's detail, naming the field when the API named one. */
export function describe(error) {
  if (error && error.field && !String(error.message).includes(error.field)) {
    return `${error.field}: ${error.message}`;
  }
  return error && error.message ? error.message : String(error);
}

/** Runs an async action with its button disabled, so a double click does not send it twice. */
export async function busy(button, action) {
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
export function attempt(button, message, action) {
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
export function setOptions(selectEl, options) {
  const chosen = selectEl.value;
  fill(selectEl, options.map(([value, label]) => h('option', { value, text: label })));
  selectEl.value = options.some(([value]) => value === chosen) ? chosen : options[0][0];
}

/** Wraps a table so it scrolls sideways on narrow screens instead of squeezing its columns. */
export function table(caption, headings, rows) {
  return h('div', { class: 'table-wrap' },
    h('table', {},
      h('caption', { text: caption }),
      h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col', text: heading })))),
      h('tbody', {}, rows)));
}

/** "Previous / page n of m / Next" for a `{page, size, total}` page; `go(page)` shows another one. */
export function pager(page, go) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  const noun = page.total === 1 ? 'item' : 'items';
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', class: 'secondary', disabled: page.page <= 0, onclick: () => go(page.page - 1) },
      'Previous'),
    h('span', { text: `Page ${page.page + 1} of ${pages} · ${page.total} ${noun}` }),
    h('button', { type: 'button', class: 'secondary', disabled: page.page + 1 >= pages,
      onclick: () => go(page.page + 1) }, 'Next'));
}
