// The API speaks ISO-8601 instants (UTC); people read and type local time.

const shown = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An instant for reading, in the browser's time zone; '—' for none. */
export function formatInstant(iso) {
  return iso ? shown.format(new Date(iso)) : '—';
}

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The day of an instant, in the browser's time zone; '—' for none. */
export function formatDate(iso) {
  return iso ? day.format(new Date(iso)) : '—';
}

/** An instant as the value of an `<input type="datetime-local">` (local time, to the minute). */
export function toLocalInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of a `datetime-local` input as an ISO instant, or null when it is empty. */
export function fromLocalInput(value) {
  return value ? new Date(value).toISOString() : null;
}

/** The browser's time zone, to say which local time the inputs mean. */
export const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
