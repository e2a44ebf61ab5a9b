// @ts-check
// The API speaks ISO-8601 instants (UTC) and ISO dates; people read and type local time, in the console's language.
import { language } from './i18n.js';

/** An instant for reading, in the browser's time zone; '—' for none. */
export function formatInstant(/** @type {string | null | undefined} */ iso) {
  return iso ? new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
    : '—';
}

/** The day of an instant, in the browser's time zone; '—' for none. */
export function formatDate(/** @type {string | null | undefined} */ iso) {
  return iso ? new Intl.DateTimeFormat(language(), { dateStyle: 'medium' }).format(new Date(iso)) : '—';
}

/** An ISO date (`2026-03-02`, a UTC day) for reading: `2 Mar 2026`, in the console's language. */
export function formatDay(/** @type {string} */ isoDay, /** @type {Intl.DateTimeFormatOptions} */ options = {
  dateStyle: 'medium' }) {
  return new Intl.DateTimeFormat(language(), { ...options, timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}

/** A range of ISO days for reading (`2–8 Mar 2026`). */
export function formatDays(/** @type {string} */ from, /** @type {string} */ to) {
  const format = new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeZone: 'UTC' });
  return format.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
}

/** An instant as the value of an `<input type="datetime-local">` (local time, to the minute). */
export function toLocalInput(/** @type {string | null | undefined} */ iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of a `datetime-local` input as an ISO instant, or null when it is empty. */
export function fromLocalInput(/** @type {string} */ value) {
  return value ? new Date(value).toISOString() : null;
}

/** An ISO day (UTC) `days` after `isoDay`. */
export function addDays(/** @type {string} */ isoDay, /** @type {number} */ days) {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}

/** Today as an ISO day in UTC, the calendar of challenges and of the KPIs. */
export function todayUtc() {
  return new Date().toISOString().slice(0, 10);
}

/** The Monday (UTC) of the week holding `isoDay`. */
export function mondayOf(/** @type {string} */ isoDay) {
  const weekday = new Date(`${isoDay}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(isoDay, -((weekday + 6) % 7));
}

/** The browser's time zone, to say which local time the inputs mean. */
export const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
