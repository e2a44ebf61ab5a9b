// @ts-check
// Teams: create, rename, delete (refused with a 409 while people or content refer to the team).
import * as api from './api.js';
import { attempt, data, fill, h, labelled, messageArea, table } from './dom.js';
import { t } from './i18n.js';

/** The teams section; `changed()` is called after any change so other sections update their team lists. */
export function teamsSection(/** @type {any[]} */ initialTeams, /** @type {() => Promise<void>} */ changed) {
  const name = h('input', { name: 'name', maxlength: 100, required: true });
  const create = h('button', { type: 'submit', text: t('teams.create') });
  const message = messageArea();
  const list = h('div');
  const form = h('form', { class: 'inline-form', novalidate: true, 'aria-label': t('teams.createLabel') },
    labelled(t('teams.newName'), name), h('div', { class: 'actions' }, create));
  form.addEventListener('submit', (/** @type {Event} */ event) => {
    event.preventDefault();
    attempt(create, message, async () => {
      const reply = await api.post('/teams', { name: name.value.trim() });
      name.value = '';
      message.ok(h('span', {}, t('teams.created'), ' ', data(reply.data.name)));
      await changed();
    });
  });

  const draw = (/** @type {any[]} */ teams) => {
    if (teams.length === 0) {
      fill(list, h('p', { class: 'empty', text: t('teams.none') }));
      return;
    }
    fill(list, table(t('people.teams'), [
      { heading: t('teams.name'), cell: (team) => team.controls.name },
      { heading: t('teams.people'), cell: (team) => String(team.memberCount), numeric: true },
      { heading: t('table.actions'), cell: (team) => team.controls.actions },
    ], teams.map((team) => ({ ...team, controls: controls(team, changed) }))));
  };
  draw(initialTeams);

  return {
    el: h('section', { class: 'card', id: 'teams', 'aria-labelledby': 'teams-title' },
      h('h2', { id: 'teams-title', text: t('people.teams') }),
      h('p', { class: 'hint', text: t('teams.hint') }),
      form, message.el, list),
    load: async () => {},
    teamsChanged: draw,
  };
}

function controls(/** @type {any} */ team, /** @type {() => Promise<void>} */ changed) {
  const name = h('input', { value: team.name, maxlength: 100, translate: 'no',
    'aria-label': t('teams.nameOf', { name: team.name }) });
  const message = messageArea();
  const rename = h('button', { type: 'button', class: 'secondary small', text: t('teams.rename') });
  const remove = h('button', { type: 'button', class: 'danger small', text: t('teams.delete') });
  // On a refusal the new name stays in the field, beside the reason.
  rename.addEventListener('click', () => attempt(rename, message, async () => {
    await api.put(`/teams/${encodeURIComponent(team.id)}`, { name: name.value.trim() });
    await changed();
  }));
  remove.addEventListener('click', () => {
    if (!window.confirm(t('teams.deleteConfirm', { name: team.name }))) return;
    attempt(remove, message, async () => {
      await api.del(`/teams/${encodeURIComponent(team.id)}`);
      await changed();
    });
  });
  return { name: [name, message.el], actions: h('div', { class: 'actions' }, rename, remove) };
}
