// @ts-check
// The console's frame: its language, sign-in, the navigation between views, and who is signed in.
import * as api from './api.js';
import * as challenges from './challenges.js';
import * as dashboard from './dashboard.js';
import { describe, fill, h, setOptions } from './dom.js';
import * as guidelines from './guidelines.js';
import { LANGUAGES, choose, language, load, t, translate } from './i18n.js';
import * as itemForm from './item-form.js';
import * as library from './library.js';
import { confirmMove, currentRoute, defaultRoute, mayLeave, saved, takeNotice } from './navigation.js';
import * as people from './people.js';
import { renderAdminsOnly, renderSignIn } from './sign-in.js';
import * as sites from './sites.js';

const signInArea = /** @type {HTMLElement} */ (document.getElementById('sign-in'));
const consoleArea = /** @type {HTMLElement} */ (document.getElementById('console'));
const nav = /** @type {HTMLElement} */ (document.getElementById('nav'));
const account = /** @type {HTMLElement} */ (document.getElementById('account'));

/**
 * Each route: its path pattern, the nav section it belongs to, its title's message key and how to draw it.
 * @type {Array<{pattern: RegExp, section: string, title: string, render: (el: HTMLElement, m: RegExpMatchArray,
 *   query: URLSearchParams) => Promise<void> | void}>}
 */
const routes = [
  { pattern: /^\/library$/, section: 'library', title: 'nav.library', render: (el, m, query) => library.render(el, query) },
  { pattern: /^\/library\/new$/, section: 'library', title: 'item.new', render: (el) => itemForm.render(el, null) },
  { pattern: /^\/library\/([^/]+)$/, section: 'library', title: 'item.edit',
    render: (el, m) => itemForm.render(el, decodeURIComponent(m[1])) },
  { pattern: /^\/challenges$/, section: 'challenges', title: 'nav.challenges', render: (el) => challenges.render(el) },
  { pattern: /^\/guidelines$/, section: 'guidelines', title: 'nav.guidelines', render: (el) => guidelines.render(el) },
  { pattern: /^\/people$/, section: 'people', title: 'nav.people', render: (el) => people.render(el) },
  { pattern: /^\/sites$/, section: 'sites', title: 'nav.sites', render: (el) => sites.render(el) },
  { pattern: /^\/(dashboard|analytics)$/, section: 'dashboard', title: 'nav.dashboard',
    render: (el, m, query) => dashboard.render(el, query) },
];

function showSignIn(/** @type {string | null} */ notice = null) {
  consoleArea.hidden = true; // hidden, not emptied: a form half filled in is still there after signing in again
  nav.hidden = true;
  account.hidden = true;
  signInArea.hidden = false;
  document.title = `${t('signIn.title')} · Herald`;
  renderSignIn(signInArea, { notice, onSignedIn: enter });
}

function enter(/** @type {any} */ user) {
  if (user.role !== 'admin') {
    api.signOut();
    renderAdminsOnly(signInArea, user, { onSignInAgain: () => showSignIn() });
    return;
  }
  signInArea.hidden = true;
  fill(signInArea);
  nav.hidden = false;
  account.hidden = false;
  /** @type {HTMLElement} */ (document.getElementById('account-name')).textContent = user.displayName || user.email;
  consoleArea.hidden = false;
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
  if (!match || !match.m) {
    fill(view, h('h1', { tabindex: '-1', text: t('notFound.title') }), h('p', {}, `${t('notFound.text')} `,
      h('a', { href: '#/library', text: t('notFound.link') })));
    return;
  }
  document.title = `${t(match.r.title)} · Herald`;
  view.setAttribute('aria-busy', 'true'); // until the view has read what it shows
  try {
    await match.r.render(view, match.m, current.query);
  } catch (error) {
    fill(view, h('h1', { tabindex: '-1', text: t(match.r.title) }),
      h('p', { class: 'message error', role: 'alert' }, describe(error)));
  } finally {
    view.removeAttribute('aria-busy');
  }
  const heading = view.querySelector('h1');
  if (heading && !view.contains(document.activeElement)) heading.focus({ preventScroll: false });
}

/** The header's language switch: remembered, then the page is loaded again in that language. */
function languageSwitch() {
  const switcher = /** @type {HTMLSelectElement} */ (document.getElementById('language'));
  setOptions(switcher, LANGUAGES.map(([code, name]) => [code, name]));
  for (const option of switcher.options) {
    option.lang = option.value; // each language in its own words
    option.setAttribute('translate', 'no');
  }
  switcher.value = language();
  switcher.addEventListener('change', () => {
    const chosen = /** @type {import('./i18n.js').Language} */ (switcher.value);
    if (!mayLeave()) {
      switcher.value = language();
      return;
    }
    choose(chosen);
    saved(); // already asked
    location.reload();
  });
}

/** @type {HTMLElement} */ (document.getElementById('sign-out')).addEventListener('click', async () => {
  if (!mayLeave()) return;
  await api.signOut();
  fill(consoleArea);
  showSignIn(t('signIn.signedOut'));
});

api.onSessionEnd(() => showSignIn(t('signIn.sessionEnded')));

window.addEventListener('hashchange', () => {
  if (confirmMove()) route();
});

async function start() {
  await load();
  translate(document);
  languageSwitch();
  if (!api.hasStoredSession()) {
    showSignIn();
    return;
  }
  try {
    enter(await api.resume());
  } catch (error) {
    showSignIn(/** @type {any} */ (error).status === 0 ? t('error.unreachable') : null);
  }
}

start();
