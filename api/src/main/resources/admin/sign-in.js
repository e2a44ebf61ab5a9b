// @ts-check
// Signing in with an invite code (Herald has no passwords), and the page employees see: the console is for admins.
import * as api from './api.js';
import { busy, data, fill, h, labelled, messageArea } from './dom.js';
import { fieldErrors } from './field-errors.js';
import { t } from './i18n.js';

/**
 * The sign-in form. `notice` says why it is shown (a session that ended); `onSignedIn(user)` runs after a redeem.
 * The email field is there from the start, optional: only the first admin's invite, which names nobody, needs it.
 * @param {HTMLElement} container
 * @param {{notice?: string | null, onSignedIn: (user: any) => void}} options
 */
export function renderSignIn(container, { notice = null, onSignedIn }) {
  const code = h('input', { name: 'code', 'data-field': 'code', autocomplete: 'off', spellcheck: 'false', required: true });
  const displayName = h('input', { name: 'displayName', 'data-field': 'displayName', autocomplete: 'name', required: true,
    maxlength: 100 });
  const email = h('input', { name: 'email', 'data-field': 'email', type: 'email', autocomplete: 'email' });
  const submit = h('button', { type: 'submit', text: t('signIn.submit') });
  const message = messageArea();

  const form = h('form', { class: 'sign-in-form', novalidate: true, 'aria-labelledby': 'sign-in-title' },
    labelled(t('signIn.code'), code, t('signIn.codeHint')),
    labelled(t('signIn.name'), displayName, t('signIn.nameHint')),
    labelled(t('signIn.email'), email, t('signIn.emailHint')),
    h('div', { class: 'actions' }, submit),
    message.el);

  const errors = fieldErrors(form);

  form.addEventListener('submit', (/** @type {Event} */ event) => {
    event.preventDefault();
    message.clear();
    errors.clear();
    busy(submit, async () => {
      try {
        const user = await api.redeem({ code: code.value.trim(), displayName: displayName.value.trim(),
          email: email.value.trim() });
        onSignedIn(user);
      } catch (error) {
        const e = /** @type {any} */ (error);
        if (!e.field || !errors.show(e.field, e.field === 'email' ? t('signIn.emailNeeded') : e)) {
          message.show(e);
        }
      }
    });
  });

  fill(container,
    h('div', { class: 'card narrow' },
      h('h1', { id: 'sign-in-title', tabindex: '-1', text: t('signIn.title') }),
      notice ? h('p', { class: 'message notice', role: 'status', text: notice }) : null,
      h('p', { text: t('signIn.intro') }),
      form,
      h('p', { class: 'hint', text: t('signIn.notAdmin') })));
  code.focus();
}

/** What someone who is not an admin sees after signing in here. They are signed out again at once. */
export function renderAdminsOnly(/** @type {HTMLElement} */ container, /** @type {any} */ user,
  /** @type {{onSignInAgain: () => void}} */ { onSignInAgain }) {
  const name = user.displayName || user.email;
  const [before, after] = t('adminsOnly.thanks', { name: '\u0000' }).split('\u0000');
  fill(container,
    h('div', { class: 'card narrow admins-only' },
      h('h1', { tabindex: '-1', text: t('adminsOnly.title') }),
      h('p', {}, before, data(name), after),
      h('p', { text: t('adminsOnly.extension') }),
      h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: onSignInAgain }, t('adminsOnly.again')))));
  container.querySelector('h1')?.focus();
}
