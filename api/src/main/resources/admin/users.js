// @ts-check
// People with accounts: change role and team, deactivate (signs them out at once) and reactivate. Demoting or
// deactivating yourself asks first; the API refuses to leave Herald without an active admin (409), which is shown
// beside the row. Someone whose invite was revoked is shown so, without actions that could not help them.
import * as api from './api.js';
import { formatDate, formatInstant } from './dates.js';
import { attempt, data, fill, h, labelled, messageArea, pager, select, setOptions, table } from './dom.js';
import { t } from './i18n.js';

const PAGE_SIZE = 20;

/** @param {any[]} initialTeams @param {() => Promise<void>} changed after a change of team or status (counts) */
export function usersSection(initialTeams, changed) {
  let teams = initialTeams;
  let page = 0;
  const status = select([['', t('users.anyStatus')], ['invited', t('user.invited')], ['active', t('user.active')],
    ['deactivated', t('user.deactivated')]]);
  const team = select([]);
  const list = h('div');
  const message = messageArea();

  const fillTeams = () => setOptions(team, [['', t('users.anyTeam')], ...teams.map((x) => /** @type {[string, string]} */ (
    [x.id, x.name]))]);
  fillTeams();

  const load = async () => {
    message.clear();
    try {
      const query = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
      if (status.value) query.set('status', status.value);
      if (team.value) query.set('teamId', team.value);
      const reply = await api.get(`/users?${query}`);
      fill(list, reply.data.items.length === 0 ? h('p', { class: 'empty', text: t('users.none') }) : [
        table(t('users.list'), [
          { heading: t('users.person'), cell: (u) => [h('strong', { translate: 'no', text: u.displayName || '' },
            u.displayName ? null : h('span', { text: t('users.notSignedIn') })), h('div', { class: 'hint', translate: 'no',
            text: u.email })] },
          { heading: t('users.role'), cell: (u) => u.controls.role },
          { heading: t('users.team'), cell: (u) => u.controls.team },
          { heading: t('users.status'), cell: (u) => u.controls.status },
          { heading: t('users.activity'), cell: (u) => activity(u) },
          { heading: t('table.actions'), cell: (u) => u.controls.actions },
        ], reply.data.items.map((/** @type {any} */ user) => withControls(user, teams, load, changed)),
        { rowAttrs: (u) => ({ dataset: { email: u.email } }) }),
        pager(reply.data, (p) => { page = p; load(); }),
      ]);
    } catch (error) {
      message.show(error);
    }
  };
  for (const filter of [status, team]) filter.addEventListener('change', () => { page = 0; load(); });

  return {
    el: h('section', { class: 'card', id: 'users', 'aria-labelledby': 'users-title' },
      h('h2', { id: 'users-title', text: t('people.people') }),
      h('div', { class: 'inline-form filter-row', role: 'search', 'aria-label': t('users.filter') },
        labelled(t('users.status'), status), labelled(t('users.team'), team)),
      message.el, list),
    load,
    teamsChanged(/** @type {any[]} */ fresh) {
      teams = fresh;
      fillTeams();
      load();
    },
  };
}

function activity(/** @type {any} */ user) {
  return h('div', { class: 'hint' },
    h('div', { text: t('users.invitedOn', { date: formatDate(user.invitedAt) }) }),
    user.activatedAt ? h('div', { text: t('users.joinedOn', { date: formatDate(user.activatedAt) }) }) : null,
    user.lastActiveAt ? h('div', { text: t('users.lastSeen', { time: formatInstant(user.lastActiveAt) }) }) : null);
}

/**
 * The person with the controls of their row; after a change the API accepted, the whole list is read again (the
 * change may move them out of the filter) and `changed()` refreshes the team counts.
 * @param {any} user @param {any[]} teams @param {() => Promise<void>} reload @param {() => Promise<void>} changed
 */
function withControls(user, teams, reload, changed) {
  const who = user.email;
  const me = api.signedInUser();
  const self = me && me.id === user.id;
  const badge = user.status === 'invited' && user.invite === 'revoked'
    ? h('span', { class: 'badge revoked', text: t('users.inviteRevoked') })
    : h('span', { class: `badge ${user.status}`, text: t(`user.${user.status}`) });
  if (user.status === 'invited' && user.invite === 'revoked') {
    return { ...user, controls: { role: t(`role.${user.role}`), team: user.teamId ? data(teams.find((x) => x.id ===
      user.teamId)?.name ?? '—') : '—', status: badge, actions: h('p', { class: 'hint', text: t('users.revokedHelp') }) } };
  }
  const role = select([['employee', t('role.employee')], ['admin', t('role.admin')]],
    { 'aria-label': t('users.roleOf', { email: who }) });
  role.value = user.role;
  const team = select([['', t('people.noTeam')], ...teams.map((x) => /** @type {[string, string]} */ ([x.id, x.name]))],
    { 'aria-label': t('users.teamOf', { email: who }), translate: 'no' });
  team.value = user.teamId || '';
  const message = messageArea();
  const save = h('button', { type: 'button', class: 'small', text: t('users.save') });
  const deactivated = user.status === 'deactivated';
  const toggle = h('button', { type: 'button', class: deactivated ? 'secondary small' : 'danger small',
    text: deactivated ? t('users.reactivate') : t('users.deactivate') });

  const apply = (/** @type {HTMLButtonElement} */ button, /** @type {any} */ change, /** @type {string} */ outcome) =>
    attempt(button, message, async () => {
      await api.patch(`/users/${encodeURIComponent(user.id)}`, change);
      await reload();
      await changed();
      const row = document.querySelector(`#users tr[data-email="${CSS.escape(who)}"] td:last-child`);
      if (row) row.append(h('p', { class: 'message ok', role: 'status', text: outcome }));
    });

  save.addEventListener('click', () => {
    /** @type {any} */
    const change = {};
    if (role.value !== user.role) change.role = role.value;
    if (team.value !== (user.teamId || '')) change.teamId = team.value || null;
    if (Object.keys(change).length === 0) {
      message.ok(t('users.nothingChanged'));
      return;
    }
    if (self && change.role === 'employee' && !window.confirm(t('users.demoteSelf'))) return;
    apply(save, change, t('users.saved'));
  });
  toggle.addEventListener('click', () => {
    if (!deactivated && !window.confirm(self ? t('users.deactivateSelf') : t('users.deactivateConfirm', { email: who }))) {
      return;
    }
    apply(toggle, { status: deactivated ? 'active' : 'deactivated' },
      deactivated ? t('users.reactivated') : t('users.deactivated'));
  });
  return { ...user, controls: { role, team, status: badge, actions: [h('div', { class: 'actions' }, save, toggle),
    message.el] } };
}
