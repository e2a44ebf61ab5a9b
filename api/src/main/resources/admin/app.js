// The console's frame: sign-in, the navigation between views, and who is signed in.
import * as api from './api.js';
import * as analytics from './analytics.js';
import { fill, h } from './dom.js';
import * as guidelines from './guidelines.js';
import * as itemForm from './item-form.js';
import * as library from './library.js';
import { currentRoute, defaultRoute, takeNotice } from './navigation.js';
import * as people from './people.js';
import { renderAdminsOnly, renderSignIn } from './sign-in.js';

const signInArea = document.getElementById('sign-in');
const consoleArea = document.getElementById('console');
const nav = document.getElementById('nav');
const account = document.getElementById('account');

/** Each route: its path pattern, the nav section it belongs to, its title and how to draw it. */
const routes = [
  { pattern: /^\/library$/, section: 'library', title: 'Library', render: (el, m, query) => library.render(el, query) },
  { pattern: /^\/library\/new$/, section: 'library', title: 'New item', render: (el) => itemForm.render(el, null) },
  { pattern: /^\/library\/([^/]+)$/, section: 'library', title: 'Edit item',
    render: (el, m) => itemForm.render(el, decodeURIComponent(m[1])) },
  { pattern: /^\/guidelines$/, section: 'guidelines', title: 'Guidelines', render: (el) => guidelines.render(el) },
  { pattern: /^\/people$/, section: 'people', title: 'People', render: (el) => people.render(el) },
  { pattern: /^\/analytics$/, section: 'analytics', title: 'Analytics', render: (el) => analytics.render(el) },
];

function showSignIn(notice = null) {
  consoleArea.hidden = true; // hidden, not emptied: a form half filled in is still there after signing in again
  nav.hidden = true;
  account.hidden = true;
  signInArea.hidden = false;
  document.title = 'Sign in · Herald admin console';
  renderSignIn(signInArea, { notice, onSignedIn: enter });
}

function enter(user) {
  if (user.role !== 'admin') {
    api.signOut();
    renderAdminsOnly(signInArea, user, { onSignInAgain: () => showSignIn() });
    return;
  }
  signInArea.hidden = true;
  fill(signInArea);
  nav.hidden = false;
  account.hidden = false;
  document.getElementById('account-name').textContent = user.displayName || user.email;
  consoleArea.hidden = false;
  analytics.available().then((yes) => {
    document.getElementById('nav-analytics').hidden = !yes;
  });
  if (consoleArea.childElementCount === 0) route();
}

async function route() {
  if (!api.signedInUser()) return;
  const current = currentRoute() ?? (consoleArea.childElementCount === 0 ? defaultRoute() : null);
  if (current === null) return; // an in-page anchor such as the skip link: the view stays
  const match = routes.map((r) => ({ r, m: current.path.match(r.pattern) })).find((x) => x.m);
  for (const link of nav.querySelectorAll('a')) {
    if (match && link.dataset.section === match.r.section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const view = h('section', { class: 'view' });
  const notice = takeNotice();
  fill(consoleArea, notice ? h('p', { class: 'message ok', role: 'status', text: notice }) : null, view);
  if (!match) {
    fill(view, h('h1', { tabindex: '-1', text: 'Not found' }), h('p', {}, 'There is nothing here. ',
      h('a', { href: '#/library', text: 'Go to the library' }), '.'));
    return;
  }
  document.title = `${match.r.title} · Herald admin console`;
  view.setAttribute('aria-busy', 'true'); // until the view has read what it shows
  try {
    await match.r.render(view, match.m, current.query);
  } catch (error) {
    fill(view, h('h1', { tabindex: '-1', text: match.r.title }),
      h('p', { class: 'message error', role: 'alert', text: error.message || String(error) }));
  } finally {
    view.removeAttribute('aria-busy');
  }
  const heading = view.querySelector('h1');
  if (heading && !view.contains(document.activeElement)) heading.focus({ preventScroll: false });
}

document.getElementById('sign-out').addEventListener('click', async () => {
  await api.signOut();
  fill(consoleArea);
  showSignIn('You are signed out.');
});

api.onSessionEnd((reason) => showSignIn(`Your session has ended: ${reason} Sign in again to carry on; `
  + 'what you had typed is still there.'));

window.addEventListener('hashchange', () => route());

async function start() {
  if (!api.hasStoredSession()) {
    showSignIn();
    return;
  }
  try {
    enter(await api.resume());
  } catch (error) {
    showSignIn(error.status === 0 ? error.message : null);
  }
}

start();
