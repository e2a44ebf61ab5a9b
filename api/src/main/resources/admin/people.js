// People: invites, the people who have accounts, and teams, on one page. A change to the teams reaches every
// section's team lists.
import { forgetTeams, teams as loadTeams } from './directory.js';
import { fill, h } from './dom.js';
import { invitesSection } from './invites.js';
import { teamsSection } from './teams.js';
import { usersSection } from './users.js';

export async function render(view) {
  const teams = await loadTeams();
  const sections = [];
  const teamsChanged = async () => {
    forgetTeams();
    const fresh = await loadTeams();
    for (const section of sections) section.teamsChanged(fresh);
  };
  sections.push(invitesSection(teams), usersSection(teams), teamsSection(teams, teamsChanged));
  fill(view,
    h('h1', { tabindex: '-1', text: 'People' }),
    h('nav', { class: 'hint', 'aria-label': 'Parts of this page' }, 'On this page: ',
      h('a', { href: '#invites', text: 'Invites' }), ' · ',
      h('a', { href: '#users', text: 'People' }), ' · ',
      h('a', { href: '#teams', text: 'Teams' })),
    sections.map((section) => section.el));
  await Promise.all(sections.map((section) => section.load()));
}
