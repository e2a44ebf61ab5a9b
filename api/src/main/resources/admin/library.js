// The approved-content library: the list with its filters (status, topic, team, text) and paging.
import * as api from './api.js';
import { formatInstant } from './dates.js';
import { teamName, teams as loadTeams } from './directory.js';
import { fill, h, labelled, messageArea, pager, select, table } from './dom.js';
import { go, hashWith } from './navigation.js';

const PAGE_SIZE = 20;
export const STATUSES = [['draft', 'Draft'], ['published', 'Published'], ['archived', 'Archived']];

/** Draws the library for the filters in `query` (status, topic, team, q, page). */
export async function render(view, query) {
  const teams = await loadTeams();
  const filters = {
    status: query.get('status') || '',
    topic: query.get('topic') || '',
    team: query.get('team') || '',
    q: query.get('q') || '',
  };
  const page = Math.max(0, Number.parseInt(query.get('page') || '0', 10) || 0);

  const status = select([['', 'Any status'], ...STATUSES], { name: 'status' });
  status.value = filters.status;
  const topic = h('input', { name: 'topic', value: filters.topic });
  const team = select([['', 'Any team'], ...teams.map((t) => [t.id, t.name])], { name: 'team' });
  team.value = filters.team;
  const text = h('input', { name: 'q', type: 'search', value: filters.q });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter the library', novalidate: true },
    labelled('Status', status),
    labelled('Topic', topic),
    labelled('Targeted at team', team),
    labelled('Text', text),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', text: 'Filter' }),
      h('button', { type: 'button', class: 'secondary', text: 'Clear', onclick: () => go('#/library') })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(hashWith('/library', { status: status.value, topic: topic.value.trim(), team: team.value,
      q: text.value.trim() }));
  });

  const results = h('div', { class: 'results' });
  const message = messageArea();
  fill(view,
    h('div', { class: 'view-head' },
      h('h1', { tabindex: '-1', text: 'Library' }),
      h('a', { class: 'button', href: '#/library/new', text: 'New item' })),
    h('p', { class: 'hint', text: 'The approved content employees share. Newest changes first.' }),
    form, message.el, results);

  try {
    const params = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
    const reply = await api.get(`/content?${params}`);
    fill(results, listing(reply.data, teams, (p) => go(hashWith('/library', { ...filters, page: p }))));
  } catch (error) {
    message.show(error); // e.g. a filter the API refuses; the filters stay as typed
  }
}

function listing(page, teams, goTo) {
  if (page.items.length === 0) {
    return h('p', { class: 'empty', text: page.total === 0 ? 'No items match.' : 'No items on this page.' });
  }
  const rows = page.items.map((item) => h('tr', {},
    h('td', {},
      h('a', { href: `#/library/${encodeURIComponent(item.id)}`, text: item.title }),
      item.featured ? [' ', h('span', { class: 'badge featured', text: 'Featured' })] : null,
      h('div', { class: 'hint', text: item.canonicalUrl })),
    h('td', {}, h('span', { class: `badge ${item.status}`, text: item.status })),
    h('td', { text: item.kind }),
    h('td', { text: item.topics.join(', ') || '—' }),
    h('td', { text: item.targetTeams.length ? item.targetTeams.map((id) => teamName(teams, id)).join(', ')
      : 'Everyone' }),
    h('td', { class: 'nowrap' }, formatInstant(item.publishAt), h('br'), `until ${formatInstant(item.expiresAt)}`),
    h('td', { class: 'nowrap', text: formatInstant(item.updatedAt) })));
  return [
    table('Library items', ['Title', 'Status', 'Kind', 'Topics', 'Audience', 'Live from / until', 'Updated'], rows),
    pager(page, goTo),
  ];
}
