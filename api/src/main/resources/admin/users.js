// People with accounts: change role and team, deactivate (signs them out at once) and reactivate.
import * as api from './api.js';
import { formatDate, formatInstant } from './dates.js';
import { attempt, fill, h, labelled, messageArea, pager, select, setOptions, table } from './dom.js';

const ROLES = [['employee', 'Employee'], ['admin', 'Admin']];
const STATUSES = [['', 'Any status'], ['invited', 'Invited'], ['active', 'Active'], ['deactivated', 'Deactivated']];
const PAGE_SIZE = 20;

export function usersSection(initialTeams) {
  let teams = initialTeams;
  let page = 0;
  const status = select(STATUSES);
  const team = select([]);
  const list = h('div');
  const message = messageArea();

  const fillTeams = () => setOptions(team, [['', 'Any team'], ...teams.map((t) => [t.id, t.name])]);
  fillTeams();

  const load = async () => {
    message.clear();
    try {
      const query = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
      if (status.value) query.set('status', status.value);
      if (team.value) query.set('teamId', team.value);
      const reply = await api.get(`/users?${query}`);
      fill(list, reply.data.items.length === 0 ? h('p', { class: 'empty', text: 'Nobody matches.' }) : [
        table('People, most recently invited first', ['Person', 'Role', 'Team', 'Status', 'Activity', ''],
          reply.data.items.map((user) => row(user, teams))),
        pager(reply.data, (p) => { page = p; load(); }),
      ]);
    } catch (error) {
      message.show(error);
    }
  };
  for (const filter of [status, team]) filter.addEventListener('change', () => { page = 0; load(); });

  return {
    el: h('section', { class: 'card', id: 'users', 'aria-labelledby': 'users-title' },
      h('h2', { id: 'users-title', text: 'People' }),
      h('div', { class: 'inline-form filter-row', role: 'search', 'aria-label': 'Filter people' },
        labelled('Status', status), labelled('Team', team)),
      message.el, list),
    load,
    teamsChanged(fresh) {
      teams = fresh;
      fillTeams();
      load();
    },
  };
}

/**
 * One person; the row redraws itself after a change the API accepted (saying `done`), and keeps the choices after
 * one it refused.
 */
function row(user, teams, done = null) {
  const who = user.email;
  const role = select(ROLES, { 'aria-label': `Role of ${who}` });
  role.value = user.role;
  const team = select([['', 'No team'], ...teams.map((t) => [t.id, t.name])], { 'aria-label': `Team of ${who}` });
  team.value = user.teamId || '';
  const message = messageArea();
  if (done) message.ok(done);
  const save = h('button', { type: 'button', class: 'small', text: 'Save' });
  const deactivated = user.status === 'deactivated';
  const toggle = h('button', { type: 'button', class: deactivated ? 'secondary small' : 'danger small',
    text: deactivated ? 'Reactivate' : 'Deactivate' });

  const apply = (button, change, outcome) => attempt(button, message, async () => {
    const reply = await api.patch(`/users/${encodeURIComponent(user.id)}`, change);
    tr.replaceWith(row(reply.data, teams, outcome));
  });

  save.addEventListener('click', () => {
    const change = {};
    if (role.value !== user.role) change.role = role.value;
    if (team.value !== (user.teamId || '')) change.teamId = team.value || null;
    if (Object.keys(change).length === 0) {
      message.ok('Nothing changed.');
      return;
    }
    apply(save, change, 'Saved.');
  });
  toggle.addEventListener('click', () => {
    if (!deactivated && !window.confirm(`Deactivate ${who}? They are signed out everywhere at once.`)) return;
    apply(toggle, { status: deactivated ? 'active' : 'deactivated' }, deactivated ? 'Reactivated: they need a new '
      + 'invite to sign in.' : 'Deactivated.');
  });

  const tr = h('tr', {},
    h('td', {}, h('strong', { text: user.displayName || '(not signed in yet)' }), h('div', { class: 'hint', text: who })),
    h('td', {}, role),
    h('td', {}, team),
    h('td', {}, h('span', { class: `badge ${user.status}`, text: user.status })),
    h('td', { class: 'hint nowrap' },
      h('div', { text: `Invited ${formatDate(user.invitedAt)}` }),
      user.activatedAt ? h('div', { text: `Joined ${formatDate(user.activatedAt)}` }) : null,
      user.lastActiveAt ? h('div', { text: `Last seen ${formatInstant(user.lastActiveAt)}` }) : null),
    h('td', {}, h('div', { class: 'actions' }, save, toggle), message.el));
  return tr;
}
