// @ts-check
// Tables as CSV files (RFC 4180): fields separated by commas, quoted when they hold a comma, a quote or a line break,
// quotes doubled, lines ended by CRLF. A cell that starts with =, +, - or @ (or a tab or carriage return) would run
// as a formula in a spreadsheet, so it gets a leading apostrophe: text in Excel, LibreOffice and Google Sheets alike.

/** One field, guarded and quoted as needed. Numbers are written as they are (a negative number is not a formula). */
export function field(/** @type {string | number | null | undefined} */ value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: a header row, then the rows. */
export function csv(/** @type {string[]} */ headings, /** @type {Array<Array<string | number | null>>} */ rows) {
  return [headings, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * Offers `text` as a download named `name`. A byte order mark first, so spreadsheets read the UTF-8 (Excel
 * otherwise guesses a legacy code page and mangles å, ä, ł).
 */
export function download(/** @type {string} */ name, /** @type {string} */ text) {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
