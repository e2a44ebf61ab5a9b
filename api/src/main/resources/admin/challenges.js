// @ts-check
// Weekly challenges: two or three published items an admin asks everyone (or one team) to share in a week, with a
// short message. The extension's popup and assistant show the current ones. The list shows how many of each
// challenge's audience took part, as a count: nobody is listed for not taking part.
import * as api from './api.js';
import { addDays, formatDays, mondayOf, todayUtc } from './dates.js';
import { teamName, teams as loadTeams } from './directory.js';
import { busy, data, fill, h, labelled, messageArea, select, table } from './dom.js';
import { fieldErrors } from './field-errors.js';
import { percent, t, tn } from './i18n.js';
import { guardUnsaved, saved } from './navigation.js';

const WEEKS_AHEAD = 8;
const MAX_MESSAGE = 280;

export async function render(/** @type {HTMLElement} */ view) {
  const [teams, published, list] = await Promise.all([
    loadTeams(),
    api.get('/content?status=published&size=100').then((reply) => reply.data.items),
    api.get('/challenges?size=100').then((reply) => reply.data.items),
  ]);
  /** @type {Map<string, string>} */
  const titles = new Map(published.map((/** @type {any} */ item) => [item.id, item.title]));
  const listArea = h('div');
  const formArea = h('section', { class: 'card', 'aria-labelledby': 'challenge-form-title' });

  const reload = async () => {
    const fresh = (await api.get('/challenges?size=100')).data.items;
    drawList(fresh);
  };
  const drawList = (/** @type {any[]} */ challenges) => {
    fill(listArea, challenges.length === 0 ? h('p', { class: 'empty', text: t('challenges.none') })
      : table(t('challenges.list'), [
        { heading: t('challenges.week'), cell: (c) => formatDays(c.weekStart, c.weekEnd), value: (c) => c.weekStart },
        { heading: t('challenges.audience'), cell: (c) => (c.teamId ? data(teamName(teams, c.teamId))
          : t('challenges.everyone')), value: (c) => (c.teamId ? teamName(teams, c.teamId) : t('challenges.everyone')) },
        { heading: t('challenges.message'), cell: (c) => data(c.message), value: (c) => c.message },
        { heading: t('challenges.items'), cell: (c) => h('ul', { class: 'plain' }, c.items.map((/** @type {string} */ id) =>
          h('li', {}, data(titles.get(id) ?? id)))), value: (c) => c.items.map((/** @type {string} */ id) =>
          titles.get(id) ?? id).join('; ') },
        { heading: t('challenges.participation'), cell: (c) => participation(c.participation),
          value: (c) => c.participation.participants },
        { heading: t('challenges.audienceSize'), cell: (c) => String(c.participation.audience), numeric: true,
          value: (c) => c.participation.audience },
        { heading: t('table.actions'), cell: (c) => h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'secondary small', text: t('challenges.edit'),
            'aria-label': t('challenges.editOf', { week: formatDays(c.weekStart, c.weekEnd) }),
            onclick: () => drawForm(c) }),
          h('button', { type: 'button', class: 'danger small', text: t('challenges.delete'),
            'aria-label': t('challenges.deleteOf', { week: formatDays(c.weekStart, c.weekEnd) }),
            onclick: async () => {
              if (!window.confirm(t('challenges.deleteConfirm'))) return;
              await api.del(`/challenges/${encodeURIComponent(c.id)}`);
              await reload();
            } })) },
      ], challenges, { csvName: 'challenges' }));
  };

  const drawForm = (/** @type {any} */ challenge) => {
    const editing = challenge !== null;
    const thisWeek = mondayOf(todayUtc());
    /** @type {Array<[string, string]>} */
    const weeks = [];
    for (let i = 0; i <= WEEKS_AHEAD; i += 1) {
      const monday = addDays(thisWeek, 7 * i);
      weeks.push([monday, `${i === 0 ? `${t('challenges.thisWeek')}: ` : ''}${formatDays(monday, addDays(monday, 6))}`]);
    }
    if (editing && !weeks.some(([monday]) => monday === challenge.weekStart)) {
      weeks.unshift([challenge.weekStart, formatDays(challenge.weekStart, challenge.weekEnd)]);
    }
    const week = select(weeks, { 'data-field': 'weekStart' });
    week.value = editing ? challenge.weekStart : thisWeek;
    const audience = select([['', t('challenges.everyone')], ...teams.map((x) => /** @type {[string, string]} */ (
      [x.id, x.name]))], { 'data-field': 'teamId' });
    audience.value = editing ? challenge.teamId || '' : '';
    const message = h('textarea', { rows: 3, maxlength: MAX_MESSAGE, 'data-field': 'message',
      value: editing ? challenge.message : '' });
    const counter = h('p', { class: 'hint', 'aria-live': 'polite' });
    const count = () => {
      counter.textContent = t('challenges.characters', { used: message.value.length, max: MAX_MESSAGE });
    };
    message.addEventListener('input', count);
    count();
    const chosen = new Set(editing ? challenge.items : []);
    const chosenCount = h('p', { class: 'hint', 'aria-live': 'polite' });
    const showChosen = () => {
      chosenCount.textContent = tn('challenges.chosen', chosen.size);
    };
    const picks = h('fieldset', { 'data-field': 'items', class: 'item-picks' },
      h('legend', { text: t('challenges.pickItems') }),
      h('p', { class: 'hint', text: t('challenges.pickHint') }),
      published.length === 0 ? h('p', { class: 'empty', text: t('challenges.noPublished') })
        : h('div', { class: 'checks column' }, published.map((/** @type {any} */ item) => {
          const box = h('input', { type: 'checkbox', value: item.id, checked: chosen.has(item.id) });
          box.addEventListener('change', () => {
            if (box.checked) chosen.add(item.id);
            else chosen.delete(item.id);
            showChosen();
          });
          return h('label', { class: 'check' }, box, data(item.title),
            item.targetTeams.length ? h('span', { class: 'hint' }, ` (${t('challenges.forTeams')} `,
              data(item.targetTeams.map((/** @type {string} */ id) => teamName(teams, id)).join(', ')), ')') : null);
        })),
      chosenCount);
    showChosen();
    const submit = h('button', { type: 'submit', text: editing ? t('challenges.saveChanges') : t('challenges.create') });
    const outcome = messageArea();
    const summary = h('div');
    const form = h('form', { novalidate: true, class: 'challenge-form' }, summary,
      h('div', { class: 'grid' }, labelled(t('challenges.week'), week, t('challenges.weekHint')),
        labelled(t('challenges.audience'), audience)),
      labelled(t('challenges.message'), message, t('challenges.messageHint')), counter,
      picks,
      h('div', { class: 'actions' }, submit, editing ? h('button', { type: 'button', class: 'secondary',
        text: t('challenges.cancel'), onclick: () => { saved(); drawForm(null); } }) : null),
      outcome.el);
    const errors = fieldErrors(form, summary);
    const body = () => ({ weekStart: week.value, teamId: audience.value || undefined, message: message.value.trim(),
      items: published.map((/** @type {any} */ item) => item.id).filter((/** @type {string} */ id) => chosen.has(id))
        .concat([...chosen].filter((id) => !titles.has(id))) });
    const loaded = JSON.stringify(body());
    guardUnsaved(() => JSON.stringify(body()) !== loaded);
    form.addEventListener('submit', (/** @type {Event} */ event) => {
      event.preventDefault();
      errors.clear();
      outcome.clear();
      busy(submit, async () => {
        try {
          if (editing) await api.put(`/challenges/${encodeURIComponent(challenge.id)}`, body());
          else await api.post('/challenges', body());
          saved();
          await reload();
          drawForm(null);
          formArea.querySelector('.message')?.remove();
          formArea.append(h('p', { class: 'message ok', role: 'status', text: editing ? t('challenges.saved')
            : t('challenges.created') }));
        } catch (error) {
          const e = /** @type {any} */ (error);
          if (!e.field || !errors.show(e.field, e)) outcome.show(e);
        }
      });
    });
    fill(formArea, h('h2', { id: 'challenge-form-title', text: editing ? t('challenges.editTitle')
      : t('challenges.newTitle') }), form);
    if (editing) week.focus();
  };

  fill(view,
    h('h1', { tabindex: '-1', text: t('nav.challenges') }),
    h('p', { class: 'hint', text: t('challenges.hint') }),
    formArea,
    h('section', { class: 'card', 'aria-labelledby': 'challenge-list-title' },
      h('h2', { id: 'challenge-list-title', text: t('challenges.all') }),
      h('p', { class: 'hint', text: t('challenges.participationHint') }),
      listArea));
  drawForm(null);
  drawList(list);
}

/** "2 of 4 people (50 %)" with a bar; never a name. */
export function participation(/** @type {any} */ p) {
  const bar = h('span', { class: 'fill' });
  bar.style.width = `${Math.round((p.rate ?? 0) * 100)}%`;
  return h('div', { class: 'participation' },
    h('span', { text: t('challenges.took', { participants: p.participants, audience: p.audience,
      rate: percent(p.rate) }) }),
    h('span', { class: 'bar', 'aria-hidden': 'true' }, bar));
}
