// @ts-check
// Names for ids: the teams (listed once and shared by every view until they change) and people (read on demand).
import * as api from './api.js';

let teamList = null;
const userNames = new Map();

/** Every team `{id, name, memberCount}`, read once; `forgetTeams()` after a change makes the next call read again. */
export function teams() {
  if (teamList === null) {
    teamList = api.get('/teams').then((reply) => reply.data, (error) => {
      teamList = null;
      throw error;
    });
  }
  return teamList;
}

export function forgetTeams() {
  teamList = null;
}

/** The team's name from a list of teams, or a note that it no longer exists. */
export function teamName(list, id) {
  const team = list.find((t) => t.id === id);
  return team ? team.name : '—';
}

/** A person's display name (or email), for "changed by" lines; the id itself when they cannot be read. */
export function userName(id) {
  if (!id) return Promise.resolve('Herald');
  const me = api.signedInUser();
  if (me && me.id === id) return Promise.resolve('you');
  if (!userNames.has(id)) {
    userNames.set(id, api.get(`/users/${encodeURIComponent(id)}`)
      .then((reply) => reply.data.displayName || reply.data.email, () => id));
  }
  return userNames.get(id);
}
