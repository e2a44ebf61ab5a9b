// Signing in with an invite code (Herald has no passwords), and the page employees see: the console is for admins.
import * as api from './api.js';
import { busy, fill, h, labelled, messageArea } from './dom.js';
import { fieldErrors } from './field-errors.js';

/**
 * The sign-in form. `notice` says why it is shown (a session that ended); `onSignedIn(user)` runs after a redeem.
 * The email field appears only when the API asks for it: the first admin invite names nobody.
 */
export function renderSignIn(container, { notice = null, onSignedIn }) {
  const code = h('input', { name: 'code', 'data-field': 'code', autocomplete: 'off', spellcheck: 'false', required: true });
  const displayName = h('input', { name: 'displayName', 'data-field': 'displayName', autocomplete: 'name', required: true, maxlength: 100 });
  const email = h('input', { name: 'email', 'data-field': 'email', type: 'email', autocomplete: 'email' });
  const emailField = labelled('Your email', email, 'This invite was not sent to an address: say which email is yours.');
  emailField.hidden = true;
  const submit = h('button', { type: 'submit', text: 'Sign in' });
  const message = messageArea();

  const form = h('form', { class: 'sign-in-form', novalidate: true, 'aria-labelledby': 'sign-in-title' },
    labelled('Invite code', code, 'The code from your invitation (the first admin\'s code is printed when Herald '
      + 'starts and saved in data/admin-invite.txt).'),
    labelled('Your name', displayName, 'How colleagues will see you in Herald.'),
    emailField,
    h('div', { class: 'actions' }, submit),
    message.el);

  const errors = fieldErrors(form);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.clear();
    errors.clear();
    busy(submit, async () => {
      try {
        const user = await api.redeem({ code: code.value.trim(), displayName: displayName.value.trim(),
          email: emailField.hidden ? '' : email.value.trim() });
        onSignedIn(user);
      } catch (error) {
        if (error.field === 'email') {
          emailField.hidden = false;
        }
        if (!error.field || !errors.show(error.field, error.message)) {
          message.show(error);
        }
      }
    });
  });

  fill(container,
    h('div', { class: 'card narrow' },
      h('h1', { id: 'sign-in-title', tabindex: '-1', text: 'Sign in to the admin console' }),
      notice ? h('p', { class: 'message notice', role: 'status', text: notice }) : null,
      h('p', { text: 'Herald has no passwords: you sign in with a one-time invite code from an admin.' }),
      form,
      h('p', { class: 'hint' }, 'Not an admin? Use your invite code in the Herald browser extension instead: '
        + 'this console is where admins manage content, guidelines and people.')));
  code.focus();
}

/** What someone who is not an admin sees after signing in here. They are signed out again at once. */
export function renderAdminsOnly(container, user, { onSignInAgain }) {
  const name = user.displayName || user.email;
  fill(container,
    h('div', { class: 'card narrow admins-only' },
      h('h1', { tabindex: '-1', text: 'This console is for admins' }),
      h('p', { text: `Thank you for signing in, ${name}. The admin console is where Herald's admins manage the `
        + 'content library, the guidelines and invites; your account is an employee account.' }),
      h('p', { text: 'To find approved content to share, with guideline hints as you write, use the Herald browser '
        + 'extension. Your invite code is used up now, so ask your Herald admin for a new one and enter it in the '
        + 'extension.' }),
      h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: onSignInAgain },
        'Sign in with another code'))));
  container.querySelector('h1').focus();
}
