/**
 * One CSV cell (RFC 4180) for every export: quoted when it holds a quote, comma or line break;
 * a text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets an
 * apostrophe first (POLL-33, REPORT-2). A negative number such as `-12` or `-3.5` is left as it
 * is: it cannot run, and defused it would read as text (a before/after shift of `-50` points).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const formula = /^[=+\-@\t\r]/u.test(value) && !/^-\d+(?:\.\d+)?$/u.test(value);
  const safe = formula ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}
