// @ts-check
// Talking to the Herald API: JSON in and out, problem+json errors as ApiError, and the session's tokens.
//
// The access token lives only in this module's memory. The refresh token is kept in sessionStorage, so reloading the
// page keeps this tab signed in and closing the tab forgets it. Refresh tokens rotate: each one works once, and one
// presented twice revokes the whole session (reuse detection). So refreshes never overlap (one in flight at a time),
// and a token is replaced only by the one the API returned for it.

const BASE = '/api/v1';
const REFRESH_KEY = 'herald.refreshToken';

let accessToken = null;
let currentUser = null;
let refreshing = null;
const sessionEndListeners = [];

/** An error answer of the API: its HTTP status, the problem's `detail` as the message, and the `field` it names. */
export class ApiError extends Error {
  constructor(status, detail, field = null, problem = null) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.field = field;
    this.problem = problem;
  }
}

/** The signed-in user as the API described them at sign-in, or null. */
export function signedInUser() {
  return currentUser;
}

/** Whether this tab holds a session that a refresh could resume. */
export function hasStoredSession() {
  return sessionStorage.getItem(REFRESH_KEY) !== null;
}

/** Calls `listener(reason)` when the session ends on its own (revoked, expired, deactivated). */
export function onSessionEnd(listener) {
  sessionEndListeners.push(listener);
}

/** Redeems an invite code: `{code, displayName, email?}`. Resolves to the user; a 400 naming `email` asks for one. */
export async function redeem({ code, displayName, email }) {
  const reply = await send('POST', '/auth/redeem', { body: { code, displayName, email: email || undefined } });
  return begin(reply.data);
}

/** Resumes the stored session after a page load. Resolves to the user. */
export async function resume() {
  await refresh();
  return currentUser;
}

/** Signs out: forgets the tokens here and revokes the session at the API. */
export async function signOut() {
  const token = sessionStorage.getItem(REFRESH_KEY);
  forget();
  if (token) {
    try {
      await send('POST', '/auth/logout', { body: { refreshToken: token } });
    } catch {
      // Signed out here either way; the refresh token expires on its own.
    }
  }
}

export const get = (path) => call('GET', path);
export const post = (path, body) => call('POST', path, { body });
export const put = (path, body, headers) => call('PUT', path, { body, headers });
export const putText = (path, text, headers) => call('PUT', path, { text, headers });
export const patch = (path, body) => call('PATCH', path, { body });
export const del = (path) => call('DELETE', path);

/** Whether the API has a GET endpoint at `path` (anything but 404): for views that appear once their API exists. */
export async function exists(path) {
  try {
    await get(path);
    return true;
  } catch (error) {
    return !(error instanceof ApiError && (error.status === 404 || error.status === 0));
  }
}

/**
 * A request with the access token. A 401 means the access token expired (they live 15 minutes): refresh once and
 * retry once. Resolves to `{status, etag, data, text}`; rejects with an ApiError.
 */
async function call(method, path, options = {}) {
  if (accessToken === null && hasStoredSession()) {
    await refresh();
  }
  const used = accessToken;
  try {
    return await send(method, path, { ...options, token: used });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401 || !hasStoredSession()) {
      throw error;
    }
  }
  if (accessToken === used) {
    await refresh(); // unless another request refreshed meanwhile
  }
  try {
    return await send(method, path, { ...options, token: accessToken });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      end(error.message);
    }
    throw error;
  }
}

function refresh() {
  if (refreshing === null) {
    refreshing = (async () => {
      const token = sessionStorage.getItem(REFRESH_KEY);
      if (token === null) {
        throw new ApiError(401, 'You are signed out.');
      }
      try {
        const reply = await send('POST', '/auth/refresh', { body: { refreshToken: token } });
        begin(reply.data);
      } catch (error) {
        // A refused refresh token never works again; a network failure leaves it for the next try.
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
          end(error.message);
        }
        throw error;
      } finally {
        refreshing = null;
      }
    })();
  }
  return refreshing;
}

function begin(session) {
  accessToken = session.accessToken;
  currentUser = session.user;
  sessionStorage.setItem(REFRESH_KEY, session.refreshToken);
  return currentUser;
}

function forget() {
  accessToken = null;
  currentUser = null;
  sessionStorage.removeItem(REFRESH_KEY);
}

function end(reason) {
  forget();
  for (const listener of sessionEndListeners) {
    listener(reason);
  }
}

async function send(method, path, { body, text, headers = {}, token = null }) {
  const init = { method, headers: { Accept: 'application/json, application/problem+json', ...headers }, cache: 'no-store' };
  if (token) {
    init.headers.Authorization = `Bearer ${token}`;
  }
  if (text !== undefined || body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = text !== undefined ? text : JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(BASE + path, init);
  } catch {
    throw new ApiError(0, 'Herald could not be reached. Check the connection and try again.');
  }
  const replyText = await response.text();
  let data = null;
  if (replyText) {
    try {
      data = JSON.parse(replyText);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const problem = data !== null && typeof data === 'object' ? data : null;
    const detail = problem && problem.detail ? problem.detail : `The request failed (HTTP ${response.status}).`;
    throw new ApiError(response.status, detail, problem ? problem.field ?? null : null, problem);
  }
  return { status: response.status, etag: response.headers.get('ETag'), data, text: replyText };
}
