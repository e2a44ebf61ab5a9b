// Moving between views by the URL's hash (#/library, #/library/<id>, #/people ...), with a one-time notice for the
// next view ("Created …") that survives the move.

let pendingNotice = null;

/** Shows another view; `notice` is shown at the top of it once. */
export function go(hash, notice = null) {
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
export function hashWith(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '' && !(key === 'page' && Number(value) === 0)) {
      query.set(key, value);
    }
  }
  const text = query.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}
