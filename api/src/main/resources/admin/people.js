// @ts-check
// People: invites, the people who have accounts, and teams, on one page. A change to the teams reaches every
// section's team lists, and a change to someone's team or status refreshes the teams' member counts.
import { forgetTeams, teams as loadTeams } from './directory.js';
import { fill, h } from './dom.js';
import { t } from './i18n.js';
import { invitesSection } from './invites.js';
import { teamsSection } from './teams.js';
import { usersSection } from './users.js';

export async function render(/** @type {HTMLElement} */ view) {
  const teams = await loadTeams();
  /** @type {any[]} */
  const sections = [];
  const teamsChanged = async () => {
    forgetTeams();
    const fresh = await loadTeams();
    for (const section of sections) section.teamsChanged(fresh);
  };
  const counts = async () => {
    forgetTeams();
    const fresh = await loadTeams();
    sections[2].teamsChanged(fresh);
  };
  const invited = () => sections[1].load();
  sections.push(invitesSection(teams, invited), usersSection(teams, counts), teamsSection(teams, teamsChanged));
  fill(view,
    h('h1', { tabindex: '-1', text: t('nav.people') }),
    h('nav', { class: 'hint', 'aria-label': t('people.parts') }, `${t('people.onThisPage')} `,
      h('a', { href: '#invites', text: t('people.invites') }), ' · ',
      h('a', { href: '#users', text: t('people.people') }), ' · ',
      h('a', { href: '#teams', text: t('people.teams') })),
    sections.map((section) => section.el));
  await Promise.all(sections.map((section) => section.load()));
}
