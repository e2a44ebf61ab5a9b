// Teams: create, rename, delete (refused with a 409 while people or content refer to the team).
import * as api from './api.js';
import { attempt, fill, h, labelled, messageArea, table } from './dom.js';

/** The teams section; `changed()` is called after any change so other sections update their team lists. */
export function teamsSection(initialTeams, changed) {
  const name = h('input', { name: 'name', maxlength: 100, required: true });
  const create = h('button', { type: 'submit', text: 'Create team' });
  const message = messageArea();
  const list = h('div');
  const form = h('form', { class: 'inline-form', novalidate: true, 'aria-label': 'Create a team' },
    labelled('New team name', name), h('div', { class: 'actions' }, create));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    attempt(create, message, async () => {
      const reply = await api.post('/teams', { name: name.value.trim() });
      name.value = '';
      message.ok(`Created the team “${reply.data.name}”.`);
      await changed();
    });
  });

  const draw = (teams) => {
    if (teams.length === 0) {
      fill(list, h('p', { class: 'empty', text: 'No teams yet.' }));
      return;
    }
    fill(list, table('Teams', ['Name', 'People', ''], teams.map((team) => row(team, changed))));
  };
  draw(initialTeams);

  return {
    el: h('section', { class: 'card', id: 'teams', 'aria-labelledby': 'teams-title' },
      h('h2', { id: 'teams-title', text: 'Teams' }),
      h('p', { class: 'hint', text: 'Content can be targeted at teams. A team can be deleted once nobody is in it '
        + 'and no content targets it.' }),
      form, message.el, list),
    load: async () => {},
    teamsChanged: draw,
  };
}

function row(team, changed) {
  const name = h('input', { value: team.name, maxlength: 100, 'aria-label': `Name of the team ${team.name}` });
  const message = messageArea();
  const rename = h('button', { type: 'button', class: 'secondary small', text: 'Rename' });
  const remove = h('button', { type: 'button', class: 'danger small', text: 'Delete' });
  // On a refusal the new name stays in the field, beside the reason.
  rename.addEventListener('click', () => attempt(rename, message, async () => {
    await api.put(`/teams/${encodeURIComponent(team.id)}`, { name: name.value.trim() });
    await changed();
  }));
  remove.addEventListener('click', () => {
    if (!window.confirm(`Delete the team “${team.name}”?`)) return;
    attempt(remove, message, async () => {
      await api.del(`/teams/${encodeURIComponent(team.id)}`);
      await changed();
    });
  });
  return h('tr', {},
    h('td', {}, name, message.el),
    h('td', { text: String(team.memberCount) }),
    h('td', {}, h('div', { class: 'actions' }, rename, remove)));
}
