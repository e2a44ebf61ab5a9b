// KPIs (adoption, participation, reach, clicks, conversions) come with the analytics work. Until its API exists,
// this view only says so, and the navigation hides it. The analytics work replaces `render` with the real figures.
import * as api from './api.js';
import { fill, h } from './dom.js';

export const SUMMARY_PATH = '/analytics/summary';

/** Whether the API serves the KPI summary yet (GET /api/v1/analytics/summary). */
export function available() {
  return api.exists(SUMMARY_PATH);
}

export async function render(view) {
  fill(view,
    h('h1', { tabindex: '-1', text: 'Analytics' }),
    h('div', { class: 'card' },
      h('p', { text: 'The figures are not available yet.' }),
      h('p', { class: 'hint', text: 'Adoption, participation, reach, clicks and conversions will appear here.' })));
}
