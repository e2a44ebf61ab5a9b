// @ts-check
// The programme at a glance for a period: headline figures, charts (clicks, unique clicks and conversions over time;
// the adoption funnel; the platform split), then the tables behind them, each downloadable as CSV: days (a run of days
// without activity is one row), platforms, teams (teams under five people together as "other"), content with its
// conversions, the most-triggered guidelines, the contributors who chose to be listed, and the weekly challenges'
// participation. Figures come from GET /api/v1/analytics/summary; a team filter narrows them to one team.
import * as api from './api.js';
import { participation } from './challenges.js';
import { barChart, timeChart } from './charts.js';
import { formatDay, formatDays, todayUtc, addDays } from './dates.js';
import { teamName, teams as loadTeams } from './directory.js';
import { attempt, data, fill, h, labelled, messageArea, select, table } from './dom.js';
import { language, number, percent, t } from './i18n.js';

export const SUMMARY_PATH = '/analytics/summary';
/** Teams smaller than this are folded into "other" by the API and cannot be a filter. */
const SMALL_TEAM = 5;

export async function render(/** @type {HTMLElement} */ view, /** @type {URLSearchParams} */ query) {
  const teams = await loadTeams();
  const today = todayUtc();
  const from = h('input', { type: 'date', value: query.get('from') || addDays(today, -29) });
  const to = h('input', { type: 'date', value: query.get('to') || today });
  const platform = select([['', t('dashboard.allPlatforms')], ['linkedin', 'LinkedIn'], ['x', 'X']]);
  const team = select([['', t('dashboard.allTeams')], ...teams.filter((x) => x.memberCount >= SMALL_TEAM)
    .map((x) => /** @type {[string, string]} */ ([x.id, x.name]))], { translate: 'no' });
  team.value = query.get('team') || '';
  const show = h('button', { type: 'submit', text: t('dashboard.show') });
  const message = messageArea();
  const figures = h('div', { class: 'analytics-figures' });
  const form = h('form', { class: 'filters card', 'aria-label': t('dashboard.period') },
    labelled(t('dashboard.from'), from), labelled(t('dashboard.to'), to), labelled(t('dashboard.platform'), platform),
    labelled(t('dashboard.team'), team, t('dashboard.teamHint')), h('div', { class: 'actions' }, show), message.el);
  form.addEventListener('submit', (/** @type {Event} */ event) => {
    event.preventDefault();
    attempt(show, message, async () => {
      const params = new URLSearchParams({ from: from.value, to: to.value });
      if (platform.value) params.set('platform', platform.value);
      if (team.value) params.set('team', team.value);
      const [summary, challenges] = await Promise.all([api.get(`${SUMMARY_PATH}?${params}`),
        api.get('/challenges?size=10').then((reply) => reply.data.items, () => [])]);
      fill(figures, drawSummary(summary.data, teams, challenges));
    });
  });
  fill(view, h('h1', { tabindex: '-1', text: t('nav.dashboard') }), form, figures);
  form.requestSubmit();
}

/** @param {any} s @param {any[]} teams @param {any[]} challenges */
function drawSummary(s, teams, challenges) {
  const money = (s.conversions.value || []).map((/** @type {any} */ m) => new Intl.NumberFormat(language(),
    { style: 'currency', currency: m.currency }).format(m.amount)).join(', ');
  const days = s.daily.map((/** @type {any} */ d) => d.day);
  const stages = [['invited', s.funnel.invited], ['activated', s.funnel.activated], ['active', s.funnel.active],
    ['sharers', s.funnel.sharers]];
  const period = `${s.from}_${s.to}`;
  return [
    h('div', { class: 'card kpis' },
      kpi(t('kpi.invited'), s.funnel.invited), kpi(t('kpi.activated'), s.funnel.activated),
      kpi(t('kpi.active'), s.funnel.active),
      kpi(t('kpi.participation'), percent(s.funnel.participation), t('kpi.participationHint')),
      kpi(t('kpi.shares'), s.shares), kpi(t('kpi.clicks'), s.clicks.total, t('kpi.unique', { n: number(s.clicks.unique) })),
      kpi(t('kpi.bots'), s.clicks.bot, t('kpi.botsHint')),
      kpi(t('kpi.conversions'), s.conversions.count, money),
      kpi(t('kpi.clicksPerShare'), s.clicksPerShare === undefined ? '—' : number(s.clicksPerShare,
        { maximumFractionDigits: 1 })),
      kpi(t('kpi.giveToAsk'), `${number(s.giveToAsk.value)} : ${number(s.giveToAsk.ask)}`,
        t('kpi.giveToAskHint', { target: s.giveToAsk.target })),
      kpi(t('kpi.copyPaste'), percent(s.copyPaste.rate), t('kpi.copyPasteHint'))),
    h('div', { class: 'charts' },
      h('div', { class: 'card chart-card wide', id: 'chart-time' }, timeChart(t('chart.overTime'), days, [
        { key: 'clicks', label: t('kpi.clicks'), values: s.daily.map((/** @type {any} */ d) => d.clicks) },
        { key: 'uniqueClicks', label: t('column.unique'), values: s.daily.map((/** @type {any} */ d) => d.uniqueClicks) },
        { key: 'conversions', label: t('kpi.conversions'), values: s.daily.map((/** @type {any} */ d) => d.conversions) },
      ])),
      h('div', { class: 'card chart-card', id: 'chart-funnel' }, barChart(t('chart.funnel'),
        stages.map(([stage]) => t(`funnel.${stage}`)),
        [{ key: 'people', label: t('chart.people'), values: stages.map(([, n]) => Number(n)) }])),
      h('div', { class: 'card chart-card', id: 'chart-platforms' }, barChart(t('chart.platforms'),
        s.platforms.map((/** @type {any} */ p) => (p.key === 'x' ? 'X' : 'LinkedIn')), [
          { key: 'shares', label: t('kpi.shares'), values: s.platforms.map((/** @type {any} */ p) => p.shares) },
          { key: 'clicks', label: t('kpi.clicks'), values: s.platforms.map((/** @type {any} */ p) => p.clicks) },
        ]))),
    table(t('dashboard.days'), [
      { heading: t('column.day'), cell: (d) => (d.to ? [formatDays(d.day, d.to), ' ', h('span', { class: 'hint',
        text: t('dashboard.noActivity') })] : formatDay(d.day)), value: (d) => (d.to ? `${d.day}/${d.to}` : d.day) },
      ...figureColumns(['shares', 'clicks', 'uniqueClicks', 'botVisits', 'conversions']),
    ], quietRunsFolded(s.daily), { csvName: `days_${period}` }),
    breakdown(t('dashboard.byPlatform'), t('column.platform'), s.platforms, (b) => (b.key === 'x' ? 'X' : 'LinkedIn'),
      `platforms_${period}`),
    breakdown(t('dashboard.byTeam'), t('column.team'), s.teams, (b) => (b.key === 'other' ? t('dashboard.otherTeams')
      : b.name || teamName(teams, b.key)), `teams_${period}`),
    table(t('dashboard.content'), [
      { heading: t('column.item'), cell: (c) => data(c.title || c.contentId), value: (c) => c.title || c.contentId },
      { heading: t('column.kind'), cell: (c) => (c.kind ? t(`kind.${c.kind}`) : ''), value: (c) => c.kind || '' },
      ...figureColumns(['shares', 'clicks', 'uniqueClicks', 'conversions']),
    ], s.content, { csvName: `content_${period}` }),
    table(t('dashboard.rules'), [
      { heading: t('column.rule'), cell: (r) => data(r.ruleId), value: (r) => r.ruleId },
      ...figureColumns(['hits', 'shares']),
    ], s.rules, { csvName: `guidelines_${period}` }),
    table(t('dashboard.contributors'), [
      { heading: t('column.name'), cell: (c) => data(c.displayName || '—'), value: (c) => c.displayName || '' },
      ...figureColumns(['shares', 'clicks']),
    ], s.topContributors, { csvName: `contributors_${period}` }),
    table(t('dashboard.challenges'), [
      { heading: t('challenges.week'), cell: (c) => formatDays(c.weekStart, c.weekEnd), value: (c) => c.weekStart },
      { heading: t('challenges.audience'), cell: (c) => (c.teamId ? data(teamName(teams, c.teamId))
        : t('challenges.everyone')), value: (c) => (c.teamId ? teamName(teams, c.teamId) : t('challenges.everyone')) },
      { heading: t('challenges.participation'), cell: (c) => participation(c.participation),
        value: (c) => c.participation.participants },
      { heading: t('challenges.audienceSize'), cell: (c) => number(c.participation.audience), numeric: true,
        value: (c) => c.participation.audience },
    ], challenges, { csvName: 'challenges' }),
  ];
}

/** The day rows, with each run of two or more days without any activity as one row `{day, to}`. */
export function quietRunsFolded(/** @type {any[]} */ daily) {
  const quiet = (/** @type {any} */ d) => d.shares === 0 && d.clicks === 0 && d.botVisits === 0 && d.conversions === 0;
  /** @type {any[]} */
  const rows = [];
  let run = /** @type {any[]} */ ([]);
  const flush = () => {
    if (run.length === 1) rows.push(run[0]);
    if (run.length > 1) rows.push({ ...run[0], to: run[run.length - 1].day });
    run = [];
  };
  for (const day of daily) {
    if (quiet(day)) run.push(day);
    else {
      flush();
      rows.push(day);
    }
  }
  flush();
  return rows;
}

/** Number columns, shown in the console's language and exported as plain numbers. */
function figureColumns(/** @type {string[]} */ keys) {
  return keys.map((key) => ({ heading: t(`column.${key}`), numeric: true,
    cell: (/** @type {any} */ row) => number(row[key]), value: (/** @type {any} */ row) => row[key] }));
}

/** @param {string} caption @param {string} heading @param {any[]} rows @param {(row: any) => string} name
 *  @param {string} csvName */
function breakdown(caption, heading, rows, name, csvName) {
  return table(caption, [
    { heading, cell: (b) => data(name(b)), value: (b) => name(b) },
    ...figureColumns(['shares', 'clicks', 'uniqueClicks', 'botVisits', 'conversions']),
  ], rows, { csvName });
}

function kpi(/** @type {string} */ label, /** @type {any} */ value, /** @type {string | null} */ hint = null) {
  return h('div', { class: 'kpi' },
    h('div', { class: 'kpi-value', text: typeof value === 'number' ? number(value) : String(value) }),
    h('div', { class: 'kpi-label', text: label }),
    hint ? h('div', { class: 'hint', text: hint }) : null);
}
