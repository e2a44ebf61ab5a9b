// @ts-check
// Moving between views by the URL's hash (#/library, #/library/<id>, #/people ...), with a one-time notice for the
// next view ("Created …") that survives the move, and a guard that asks before leaving a form with unsaved changes:
// through the menu or a link (the hash changes), Back and Forward (the same), and closing or reloading the tab
// (beforeunload, where the browser asks in its own words).
import { t } from './i18n.js';

/** @type {string | null} */
let pendingNotice = null;
/** @type {(() => boolean) | null} */
let unsaved = null;
let shownHash = location.hash;

/** Shows another view; `notice` is shown at the top of it once. */
export function go(/** @type {string} */ hash, /** @type {string | null} */ notice = null) {
  pendingNotice = notice;
  if (location.hash === hash) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}

/** The notice left by `go`, once. */
export function takeNotice() {
  const notice = pendingNotice;
  pendingNotice = null;
  return notice;
}

/**
 * While the view shown has changes that are not saved, `check()` returns true: leaving then asks first. A view sets
 * it when it draws its form and `saved()` clears it (a new view clears it too, once the move is confirmed).
 */
export function guardUnsaved(/** @type {() => boolean} */ check) {
  unsaved = check;
}

export function saved() {
  unsaved = null;
}

/** Whether the admin agrees to leave (true when nothing is unsaved). */
export function mayLeave() {
  if (!unsaved || !unsaved()) return true;
  return window.confirm(t('leave.confirm'));
}

/**
 * Called on every hash change before the view changes: false when the admin chose to stay, in which case the
 * address is put back (without another hash change) and the view keeps its form.
 */
export function confirmMove() {
  if (location.hash !== '' && !location.hash.startsWith('#/')) return true; // an in-page anchor: the view stays
  if (location.hash === shownHash || mayLeave()) {
    shownHash = location.hash;
    unsaved = null;
    return true;
  }
  history.replaceState(null, '', shownHash || location.pathname);
  return false;
}

window.addEventListener('beforeunload', (event) => {
  if (unsaved && unsaved()) {
    event.preventDefault();
    event.returnValue = ''; // Chromium and Firefox then ask in their own words
  }
});

/** The current route: `{path: '/library', query: URLSearchParams}`; null when the hash is not a route. */
export function currentRoute() {
  const hash = location.hash;
  if (hash === '') return defaultRoute();
  if (!hash.startsWith('#/')) return null;
  const [path, query = ''] = hash.slice(1).split('?');
  return { path, query: new URLSearchParams(query) };
}

/** The library: the first view after signing in. */
export function defaultRoute() {
  return { path: '/library', query: new URLSearchParams() };
}

/** A hash with query parameters, leaving out empty ones. */
export function hashWith(/** @type {string} */ path, /** @type {Record<string, any>} */ params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '' && !(key === 'page' && Number(value) === 0)) {
      query.set(key, value);
    }
  }
  const text = query.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}
