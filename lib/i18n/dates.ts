/**
 * True for a real calendar date written as YYYY-MM-DD (2024-02-30 is not one). Read as a UTC
 * midnight and written back, a real date gives its own text; a date off the calendar gives another
 * day or none, and any other spelling comes back written differently.
 */
export function isIsoDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** "2024-07-22" → "July 22, 2024" (en-US), "22 de julio de 2024" (es-US): the same on every machine whatever its time zone. */
export function formatDate(isoDate: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
