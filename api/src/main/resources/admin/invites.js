// @ts-check
// Invites: send one (its code is shown once, here, and never again: Herald keeps only its hash), list them with
// their state, revoke a pending one. The form is cleared after each invite.
import * as api from './api.js';
import { formatInstant } from './dates.js';
import { teamName } from './directory.js';
import { attempt, busy, copyButton, data, fill, h, labelled, messageArea, pager, select, setOptions, table } from './dom.js';
import { fieldErrors } from './field-errors.js';
import { t } from './i18n.js';

const PAGE_SIZE = 20;

/** @param {any[]} initialTeams @param {() => void} invited called after an invite, so the people list shows them */
export function invitesSection(initialTeams, invited) {
  let teams = initialTeams;
  let page = 0;
  const email = h('input', { type: 'email', 'data-field': 'email', autocomplete: 'off', required: true });
  const role = select([['employee', t('role.employee')], ['admin', t('role.admin')]], { 'data-field': 'role' });
  const team = select([], { 'data-field': 'team' });
  const fillTeams = () => setOptions(team, [['', t('people.noTeam')], ...teams.map((x) => /** @type {[string, string]} */ (
    [x.id, x.name]))]);
  const send = h('button', { type: 'submit', text: t('invites.create') });
  const message = messageArea();
  const codeArea = h('div');
  const state = select([['', t('invites.anyState')], ...['pending', 'redeemed', 'expired', 'revoked'].map((s) =>
    /** @type {[string, string]} */ ([s, t(`invite.${s}`)]))]);
  const list = h('div');
  const listMessage = messageArea();

  fillTeams();

  const form = h('form', { class: 'inline-form', novalidate: true, 'aria-labelledby': 'invite-title' },
    labelled(t('invites.email'), email), labelled(t('invites.role'), role), labelled(t('invites.team'), team),
    h('div', { class: 'actions' }, send));
  const errors = fieldErrors(form);

  const load = async () => {
    listMessage.clear();
    try {
      const query = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
      if (state.value) query.set('state', state.value);
      const reply = await api.get(`/invites?${query}`);
      fill(list, reply.data.items.length === 0 ? h('p', { class: 'empty', text: t('invites.none') }) : [
        table(t('invites.list'), [
          { heading: t('invites.email'), cell: (i) => (i.email ? data(i.email) : t('invites.firstAdmin')) },
          { heading: t('invites.role'), cell: (i) => t(`role.${i.role}`) },
          { heading: t('invites.team'), cell: (i) => (i.teamId ? data(teamName(teams, i.teamId)) : '—') },
          { heading: t('invites.state'), cell: (i) => h('span', { class: `badge ${i.state}`, text: t(`invite.${i.state}`) }) },
          { heading: t('invites.sent'), cell: (i) => formatInstant(i.createdAt) },
          { heading: t('invites.expires'), cell: (i) => formatInstant(i.expiresAt) },
          { heading: t('table.actions'), cell: (i) => actions(i, load, invited) },
        ], reply.data.items),
        pager(reply.data, (p) => { page = p; load(); }),
      ]);
    } catch (error) {
      listMessage.show(error);
    }
  };
  state.addEventListener('change', () => { page = 0; load(); });

  form.addEventListener('submit', (/** @type {Event} */ event) => {
    event.preventDefault();
    message.clear();
    errors.clear();
    fill(codeArea);
    busy(send, async () => {
      try {
        const address = email.value.trim();
        const reply = await api.post('/invites', { email: address, role: role.value, team: team.value || undefined });
        fill(codeArea, codeOnce(address, reply.data, () => fill(codeArea)));
        email.value = '';
        role.value = 'employee';
        team.value = '';
        page = 0;
        await load();
        invited();
      } catch (error) {
        const e = /** @type {any} */ (error);
        if (!e.field || !errors.show(e.field, e)) message.show(e);
      }
    });
  });

  return {
    el: h('section', { class: 'card', id: 'invites', 'aria-labelledby': 'invite-title' },
      h('h2', { id: 'invite-title', text: t('invites.title') }),
      h('p', { class: 'hint', text: t('invites.hint') }),
      form, message.el, codeArea,
      h('h3', { text: t('people.invites') }),
      h('div', { class: 'inline-form filter-row' }, labelled(t('invites.state'), state)),
      listMessage.el, list),
    load,
    teamsChanged(/** @type {any[]} */ fresh) {
      teams = fresh;
      fillTeams();
      load();
    },
  };
}

/** The new code, with a copy button. It exists only in this element: once hidden or left, it is gone. */
function codeOnce(/** @type {string} */ email, /** @type {any} */ invite, /** @type {() => void} */ hide) {
  const code = h('code', { text: invite.code, id: 'invite-code', translate: 'no' });
  return h('div', { class: 'code-once', role: 'region', 'aria-label': t('invites.newCode') },
    h('h3', {}, t('invites.codeFor'), ' ', data(email)),
    h('p', {}, h('strong', { text: t('invites.once') }), ' ', t('invites.onceHelp')),
    code,
    h('div', { class: 'actions' }, copyButton(t('invites.copy'), () => invite.code, code),
      h('button', { type: 'button', class: 'secondary', text: t('invites.hide'), onclick: hide })),
    h('p', { class: 'hint', text: t('invites.worksUntil', { time: formatInstant(invite.expiresAt) }) }));
}

/** @param {any} invite @param {() => Promise<void>} reload @param {() => void} changed */
function actions(invite, reload, changed) {
  if (invite.state !== 'pending') return null;
  const message = messageArea();
  const revoke = h('button', { type: 'button', class: 'danger small', text: t('invites.revoke') });
  revoke.addEventListener('click', () => {
    if (!window.confirm(t('invites.revokeConfirm', { email: invite.email || t('invites.firstAdmin') }))) return;
    attempt(revoke, message, async () => {
      await api.del(`/invites/${encodeURIComponent(invite.id)}`);
      await reload();
      changed();
    });
  });
  return [revoke, message.el];
}
