// A 400 names the field at fault (`title`, `captions[1].language`, `targetTeams[0]`): the message goes next to that
// control, which is marked invalid and focused. Controls say which field they hold with `data-field`.
import { h, uid } from './dom.js';

/** Field errors of one form. */
export function fieldErrors(form) {
  return {
    clear() {
      for (const el of form.querySelectorAll('.field-error')) el.remove();
      for (const el of form.querySelectorAll('[aria-invalid]')) {
        el.removeAttribute('aria-invalid');
        restoreDescription(el);
      }
    },

    /** Shows `message` at the control for `field` (or its nearest enclosing field); false when none matches. */
    show(field, message) {
      const control = find(form, field);
      if (!control) return false;
      const error = h('p', { class: 'field-error', id: uid('error'), text: message });
      const place = control.closest('.field, fieldset') || control;
      place.append(error);
      const input = control.matches('input, select, textarea') ? control : control.querySelector('input, select, textarea');
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        input.dataset.describedBy = input.getAttribute('aria-describedby') || '';
        input.setAttribute('aria-describedby', `${input.dataset.describedBy} ${error.id}`.trim());
        input.focus();
      }
      return true;
    },
  };
}

function restoreDescription(el) {
  if (el.dataset.describedBy === undefined) return;
  if (el.dataset.describedBy) el.setAttribute('aria-describedby', el.dataset.describedBy);
  else el.removeAttribute('aria-describedby');
  delete el.dataset.describedBy;
}

/** `captions[1].language`, then `captions[1]`, then `captions`: the most precise control there is. */
function find(form, field) {
  let name = field;
  while (name) {
    const control = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (control) return control;
    const shorter = name.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (shorter === name) return null;
    name = shorter;
  }
  return null;
}
