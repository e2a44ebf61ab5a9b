// KPIs for a period: adoption funnel, participation, shares, clicks (people, unique, bots), conversions, the daily
// series, breakdowns by platform, team and content, give-to-ask balance, copy-paste rate, most-triggered rules and the
// contributors who opted in to be named. Figures come from GET /api/v1/analytics/summary.
import * as api from './api.js';
import { attempt, fill, h, labelled, messageArea, select, table } from './dom.js';

export const SUMMARY_PATH = '/analytics/summary';

/** Whether the API serves the KPI summary (GET /api/v1/analytics/summary). */
export function available() {
  return api.exists(SUMMARY_PATH);
}

const isoDay = (date) => date.toISOString().slice(0, 10);
const percent = (ratio) => (ratio === undefined || ratio === null ? '—' : `${Math.round(ratio * 100)} %`);
const number = (value) => (value === undefined || value === null ? '—' : Number(value).toLocaleString());

export async function render(view) {
  const today = new Date();
  const from = h('input', { type: 'date', value: isoDay(new Date(today.getTime() - 29 * 86400000)) });
  const to = h('input', { type: 'date', value: isoDay(today) });
  const platform = select([['', 'All platforms'], ['linkedin', 'LinkedIn'], ['x', 'X']]);
  const show = h('button', { type: 'submit', text: 'Show' });
  const message = messageArea();
  const figures = h('div', { class: 'analytics-figures' });
  const form = h('form', { class: 'filters card' },
    labelled('From', from), labelled('To', to), labelled('Platform', platform), show, message.el);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    attempt(show, message, async () => {
      const query = new URLSearchParams({ from: from.value, to: to.value });
      if (platform.value) {
        query.set('platform', platform.value);
      }
      fill(figures, summary((await api.get(`${SUMMARY_PATH}?${query}`)).data));
    });
  });
  fill(view, h('h1', { tabindex: '-1', text: 'Analytics' }), form, figures);
  form.requestSubmit();
}

function summary(s) {
  const money = (s.conversions.value || []).map((m) => `${number(m.amount)} ${m.currency}`).join(', ');
  return [
    h('div', { class: 'card kpis' },
      kpi('Invited', s.funnel.invited), kpi('Activated', s.funnel.activated), kpi('Active', s.funnel.active),
      kpi('Participation', percent(s.funnel.participation), 'active people who shared'),
      kpi('Shares', s.shares), kpi('Clicks', s.clicks.total, `${number(s.clicks.unique)} unique`),
      kpi('Bot visits', s.clicks.bot, 'link previews and crawlers, not counted as clicks'),
      kpi('Conversions', s.conversions.count, money),
      kpi('Clicks per share', s.clicksPerShare === undefined ? '—' : s.clicksPerShare.toFixed(1)),
      kpi('Give to ask', `${number(s.giveToAsk.value)} : ${number(s.giveToAsk.ask)}`,
        `aim for ${s.giveToAsk.target} value posts per ask`),
      kpi('Copy-paste rate', percent(s.copyPaste.rate), 'shares nearly identical to a colleague\'s')),
    table('Day by day', ['Day', 'Shares', 'Clicks', 'Unique', 'Bot visits', 'Conversions'],
      s.daily.map((d) => row([d.day, d.shares, d.clicks, d.uniqueClicks, d.botVisits, d.conversions]))),
    breakdown('By platform', 'Platform', s.platforms),
    breakdown('By team (teams under five people are counted together as "other")', 'Team', s.teams),
    table('Content', ['Item', 'Kind', 'Shares', 'Clicks', 'Unique'],
      s.content.map((c) => row([c.title || c.contentId, c.kind || '', c.shares, c.clicks, c.uniqueClicks]))),
    table('Most-triggered guidelines', ['Rule', 'Findings', 'Shares'],
      s.rules.map((r) => row([r.ruleId, r.hits, r.shares]))),
    table('Top contributors (only people who chose to be listed)', ['Name', 'Shares', 'Clicks'],
      s.topContributors.map((c) => row([c.displayName || '—', c.shares, c.clicks]))),
  ];
}

function kpi(label, value, hint) {
  return h('div', { class: 'kpi' },
    h('div', { class: 'kpi-value', text: typeof value === 'number' ? number(value) : String(value) }),
    h('div', { class: 'kpi-label', text: label }),
    hint ? h('div', { class: 'hint', text: hint }) : null);
}

function breakdown(caption, heading, rows) {
  return table(caption, [heading, 'Shares', 'Clicks', 'Unique', 'Bot visits', 'Conversions'],
    rows.map((b) => row([b.name || b.key, b.shares, b.clicks, b.uniqueClicks, b.botVisits, b.conversions])));
}

function row(cells) {
  return h('tr', {}, cells.map((cell) => h('td', { text: typeof cell === 'number' ? number(cell) : String(cell) })));
}
