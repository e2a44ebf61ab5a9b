// @ts-check
// A 400 names the field at fault (`title`, `captions[1].language`, `targetTeams[0]`): as the GOV.UK Design System
// does it, an error summary at the top of the form links to the field, and the same message stands beside the field,
// which is marked invalid. Controls say which field they hold with `data-field`.
import { describe, fill, h, uid } from './dom.js';
import { t } from './i18n.js';

/** Field errors of one form; `summary` is where the error summary goes (at the top of the form). */
export function fieldErrors(/** @type {HTMLElement} */ form, /** @type {HTMLElement | null} */ summary = null) {
  const summaryEl = summary ?? h('div');
  if (!summary) form.prepend(summaryEl);
  /** @type {Array<{id: string, text: any}>} */
  let listed = [];

  const drawSummary = () => {
    if (listed.length === 0) {
      fill(summaryEl);
      summaryEl.className = '';
      summaryEl.removeAttribute('role');
      return;
    }
    summaryEl.className = 'error-summary';
    summaryEl.setAttribute('role', 'alert');
    summaryEl.tabIndex = -1;
    fill(summaryEl, h('h2', { text: t('errors.summary') }),
      h('ul', {}, listed.map((entry) => h('li', {}, h('a', { href: `#${entry.id}`, onclick: (/** @type {Event} */ e) => {
        e.preventDefault(); // the console routes by the hash: move focus instead of following the link
        document.getElementById(entry.id)?.focus();
      } }, entry.text)))));
  };

  return {
    clear() {
      listed = [];
      drawSummary();
      for (const el of form.querySelectorAll('.field-error')) el.remove();
      for (const el of form.querySelectorAll('[aria-invalid]')) {
        el.removeAttribute('aria-invalid');
        restoreDescription(/** @type {HTMLElement} */ (el));
      }
    },

    /**
     * Shows `message` (text, or an ApiError) at the control for `field` (or its nearest enclosing field) and in the
     * summary; false when no control matches.
     * @param {string} field
     * @param {any} message
     */
    show(field, message) {
      const control = find(form, field);
      if (!control) return false;
      const text = typeof message === 'string' ? message : describe(message);
      const error = h('p', { class: 'field-error', id: uid('error') }, text);
      const place = control.closest('.field, fieldset') || control;
      place.append(error);
      const input = control.matches('input, select, textarea') ? control
        : control.querySelector('input, select, textarea');
      const target = /** @type {HTMLElement} */ (input || control);
      if (!target.id) target.id = uid('field');
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        /** @type {HTMLElement} */ (input).dataset.describedBy = input.getAttribute('aria-describedby') || '';
        input.setAttribute('aria-describedby', `${/** @type {HTMLElement} */ (input).dataset.describedBy} ${error.id}`
          .trim());
      }
      listed.push({ id: target.id, text: typeof message === 'string' ? message : describe(message) });
      drawSummary();
      summaryEl.focus();
      return true;
    },
  };
}

function restoreDescription(/** @type {HTMLElement} */ el) {
  if (el.dataset.describedBy === undefined) return;
  if (el.dataset.describedBy) el.setAttribute('aria-describedby', el.dataset.describedBy);
  else el.removeAttribute('aria-describedby');
  delete el.dataset.describedBy;
}

/** `captions[1].language`, then `captions[1]`, then `captions`: the most precise control there is. */
function find(/** @type {HTMLElement} */ form, /** @type {string} */ field) {
  let name = field;
  while (name) {
    const control = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (control) return /** @type {HTMLElement} */ (control);
    const shorter = name.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (shorter === name) return null;
    name = shorter;
  }
  return null;
}
