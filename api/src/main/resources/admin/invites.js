// Invites: send one (its code is shown once, here, and never again: Herald keeps only its hash), list them with
// their state, revoke a pending one.
import * as api from './api.js';
import { formatInstant } from './dates.js';
import { teamName } from './directory.js';
import { attempt, busy, fill, h, labelled, messageArea, pager, select, setOptions, table } from './dom.js';
import { fieldErrors } from './field-errors.js';

const ROLES = [['employee', 'Employee'], ['admin', 'Admin']];
const STATES = [['', 'Any state'], ['pending', 'Pending'], ['redeemed', 'Redeemed'], ['expired', 'Expired'],
  ['revoked', 'Revoked']];
const PAGE_SIZE = 20;

export function invitesSection(initialTeams) {
  let teams = initialTeams;
  let page = 0;
  const email = h('input', { type: 'email', 'data-field': 'email', autocomplete: 'off', required: true });
  const role = select(ROLES, { 'data-field': 'role' });
  const team = select([], { 'data-field': 'team' });
  const fillTeams = () => setOptions(team, [['', 'No team'], ...teams.map((t) => [t.id, t.name])]);
  const send = h('button', { type: 'submit', text: 'Create invite' });
  const message = messageArea();
  const codeArea = h('div');
  const state = select(STATES, { 'aria-label': 'Show invites in state' });
  const list = h('div');
  const listMessage = messageArea();

  fillTeams();

  const form = h('form', { class: 'inline-form', novalidate: true, 'aria-labelledby': 'invite-title' },
    labelled('Email', email), labelled('Role', role), labelled('Team', team),
    h('div', { class: 'actions' }, send));
  const errors = fieldErrors(form);

  const load = async () => {
    listMessage.clear();
    try {
      const query = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
      if (state.value) query.set('state', state.value);
      const reply = await api.get(`/invites?${query}`);
      fill(list, reply.data.items.length === 0 ? h('p', { class: 'empty', text: 'No invites.' }) : [
        table('Invites, newest first', ['Email', 'Role', 'Team', 'State', 'Sent', 'Expires', ''],
          reply.data.items.map((invite) => row(invite, teams, load))),
        pager(reply.data, (p) => { page = p; load(); }),
      ]);
    } catch (error) {
      listMessage.show(error);
    }
  };
  state.addEventListener('change', () => { page = 0; load(); });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.clear();
    errors.clear();
    fill(codeArea);
    busy(send, async () => {
      try {
        const invited = email.value.trim();
        const reply = await api.post('/invites', { email: invited, role: role.value, team: team.value || undefined });
        fill(codeArea, codeOnce(invited, reply.data, () => fill(codeArea)));
        email.value = '';
        page = 0;
        await load();
      } catch (error) {
        message.show(error);
        if (error.field) errors.show(error.field, error.message);
      }
    });
  });

  return {
    el: h('section', { class: 'card', id: 'invites', 'aria-labelledby': 'invite-title' },
      h('h2', { id: 'invite-title', text: 'Invite someone' }),
      h('p', { class: 'hint', text: 'Herald has no passwords: people sign in with an invite code, once. Employees '
        + 'enter theirs in the browser extension, admins in this console.' }),
      form, message.el, codeArea,
      h('h3', { text: 'Invites' }),
      h('div', { class: 'inline-form filter-row' }, labelled('State', state)),
      listMessage.el, list),
    load,
    teamsChanged(fresh) {
      teams = fresh;
      fillTeams();
      load();
    },
  };
}

/** The new code, with a copy button. It exists only in this element: once hidden or left, it is gone. */
function codeOnce(email, invite, hide) {
  const code = h('code', { text: invite.code, id: 'invite-code' });
  const copied = h('span', { role: 'status' });
  const copy = h('button', { type: 'button', text: 'Copy code' });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(invite.code);
      copied.textContent = 'Copied.';
    } catch {
      window.getSelection().selectAllChildren(code);
      copied.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  });
  return h('div', { class: 'code-once', role: 'region', 'aria-label': 'New invite code' },
    h('h3', { text: `Invite code for ${email}` }),
    h('p', {}, h('strong', { text: 'Shown only this once.' }),
      ' Copy it now and send it to them; Herald keeps only a fingerprint of it.'),
    code,
    h('div', { class: 'actions' }, copy, h('button', { type: 'button', class: 'secondary', text: 'Done, hide it',
      onclick: hide }), copied),
    h('p', { class: 'hint', text: `It works once, until ${formatInstant(invite.expiresAt)}.` }));
}

function row(invite, teams, reload) {
  const message = messageArea();
  const revoke = invite.state === 'pending'
    ? h('button', { type: 'button', class: 'danger small', text: 'Revoke' }) : null;
  if (revoke) {
    revoke.addEventListener('click', () => {
      if (!window.confirm(`Revoke the invite for ${invite.email || 'the first admin'}? Its code stops working.`)) return;
      attempt(revoke, message, async () => {
        await api.del(`/invites/${encodeURIComponent(invite.id)}`);
        await reload();
      });
    });
  }
  return h('tr', {},
    h('td', { text: invite.email || 'First admin (anyone with the code)' }),
    h('td', { text: invite.role }),
    h('td', { text: invite.teamId ? teamName(teams, invite.teamId) : '—' }),
    h('td', {}, h('span', { class: `badge ${invite.state}`, text: invite.state })),
    h('td', { class: 'nowrap', text: formatInstant(invite.createdAt) }),
    h('td', { class: 'nowrap', text: formatInstant(invite.expiresAt) }),
    h('td', {}, revoke, message.el));
}
