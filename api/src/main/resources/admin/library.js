// @ts-check
// The approved-content library: the list with its filters (status, topic, team, text) and paging.
import * as api from './api.js';
import { formatInstant } from './dates.js';
import { teamName, teams as loadTeams } from './directory.js';
import { data, fill, h, labelled, messageArea, pager, select, table } from './dom.js';
import { t } from './i18n.js';
import { go, hashWith } from './navigation.js';

const PAGE_SIZE = 20;

/** @returns {Array<[string, string]>} */
export function statuses() {
  return [['draft', t('status.draft')], ['published', t('status.published')], ['archived', t('status.archived')]];
}

/** Draws the library for the filters in `query` (status, topic, team, q, page). */
export async function render(/** @type {HTMLElement} */ view, /** @type {URLSearchParams} */ query) {
  const teams = await loadTeams();
  const filters = {
    status: query.get('status') || '',
    topic: query.get('topic') || '',
    team: query.get('team') || '',
    q: query.get('q') || '',
  };
  const page = Math.max(0, Number.parseInt(query.get('page') || '0', 10) || 0);

  const status = select([['', t('library.anyStatus')], ...statuses()], { name: 'status' });
  status.value = filters.status;
  const topic = h('input', { name: 'topic', value: filters.topic });
  const team = select([['', t('library.anyTeam')], ...teams.map((x) => /** @type {[string, string]} */ ([x.id, x.name]))],
    { name: 'team', translate: 'no' });
  team.value = filters.team;
  const text = h('input', { name: 'q', type: 'search', value: filters.q });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('library.filter'), novalidate: true },
    labelled(t('library.status'), status),
    labelled(t('library.topic'), topic),
    labelled(t('library.team'), team),
    labelled(t('library.text'), text),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', text: t('library.filterButton') }),
      h('button', { type: 'button', class: 'secondary', text: t('library.clear'), onclick: () => go('#/library') })));
  form.addEventListener('submit', (/** @type {Event} */ event) => {
    event.preventDefault();
    go(hashWith('/library', { status: status.value, topic: topic.value.trim(), team: team.value,
      q: text.value.trim() }));
  });

  const results = h('div', { class: 'results' });
  const message = messageArea();
  fill(view,
    h('div', { class: 'view-head' },
      h('h1', { tabindex: '-1', text: t('nav.library') }),
      h('a', { class: 'button', href: '#/library/new', text: t('library.new') })),
    h('p', { class: 'hint', text: t('library.hint') }),
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

/** @param {any} page @param {any[]} teams @param {(page: number) => void} goTo */
function listing(page, teams, goTo) {
  if (page.items.length === 0) {
    return h('p', { class: 'empty', text: page.total === 0 ? t('library.none') : t('library.noneOnPage') });
  }
  return [
    table(t('library.items'), [
      { heading: t('library.titleColumn'), cell: (item) => [
        h('a', { href: `#/library/${encodeURIComponent(item.id)}`, translate: 'no', text: item.title }),
        item.featured ? [' ', h('span', { class: 'badge featured', text: t('library.featured') })] : null,
        h('div', { class: 'hint url', translate: 'no', text: item.canonicalUrl })] },
      { heading: t('library.status'), cell: (item) => h('span', { class: `badge ${item.status}`,
        text: t(`status.${item.status}`) }) },
      { heading: t('library.kind'), cell: (item) => t(`kind.${item.kind}`) },
      { heading: t('library.topics'), cell: (item) => (item.topics.length ? data(item.topics.join(', ')) : '—') },
      { heading: t('library.audience'), cell: (item) => (item.targetTeams.length
        ? data(item.targetTeams.map((/** @type {string} */ id) => teamName(teams, id)).join(', ')) : t('library.everyone')) },
      { heading: t('library.live'), cell: (item) => [formatInstant(item.publishAt), h('br'),
        t('library.until', { time: formatInstant(item.expiresAt) })] },
      { heading: t('library.updated'), cell: (item) => formatInstant(item.updatedAt) },
    ], page.items),
    pager(page, goTo),
  ];
}
