// Teams: create, rename, delete (refused with a 409 while people or content refer to the team).
import * as api from './api.js';
import { busy, fill, h, labelled, messageArea, table } from './dom.js';

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
    message.clear();
    busy(create, async () => {
      try {
        const reply = await api.post('/teams', { name: name.value.trim() });
        name.value = '';
        message.ok(`Created the team “${reply.data.name}”.`);
        await changed();
      } catch (error) {
        message.show(error);
      }
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
  rename.addEventListener('click', () => {
    message.clear();
    busy(rename, async () => {
      try {
        await api.put(`/teams/${encodeURIComponent(team.id)}`, { name: name.value.trim() });
        await changed();
      } catch (error) {
        message.show(error); // the new name stays in the field
      }
    });
  });
  remove.addEventListener('click', () => {
    if (!window.confirm(`Delete the team “${team.name}”?`)) return;
    message.clear();
    busy(remove, async () => {
      try {
        await api.del(`/teams/${encodeURIComponent(team.id)}`);
        await changed();
      } catch (error) {
        message.show(error);
      }
    });
  });
  return h('tr', {},
    h('td', {}, name, message.el),
    h('td', { text: String(team.memberCount) }),
    h('td', {}, h('div', { class: 'actions' }, rename, remove)));
}
