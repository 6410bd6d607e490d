// Publication dates to YYYY-MM-DD.
import * as chrono from 'chrono-node';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** YYYY-MM-DD when y/m/d is a real calendar day, else null. */
export function ymd(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** 2025-01-19, 2025-01-19T10:00:00+02:00, 2025/01/19, 2025.01.19: the day as written. */
const NUMERIC_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s])/;

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

// A fixed reference so that parsing never depends on today's date.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * A publication date as YYYY-MM-DD, or null when `value` is not a full calendar date.
 * Accepts Date objects (YAML timestamps), ISO dates and datetimes (the calendar day as
 * written, not shifted to UTC) and written-out dates ("January 19, 2025", "19 Jan 2025").
 */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  const m = NUMERIC_DATE.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  return findDate(s)?.date ?? null;
}

/**
 * The first full date (day, month and year all given) written in `text`, with the words that
 * gave it. "Wednesday" or "January 2025" are not full dates.
 */
export function findDate(text: string): { date: string; text: string; index: number } | null {
  // A full date has a number and a month name or a numeric d/m/y; skip chrono otherwise (it is slow).
  if (!/\d/.test(text) || !(MONTH.test(text) || /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(text))) return null;
  for (const r of chrono.strict.parse(text, REFERENCE)) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month') || !s.isCertain('year')) continue;
    const date = ymd(s.get('year') ?? NaN, s.get('month') ?? NaN, s.get('day') ?? NaN);
    if (date) return { date, text: r.text, index: r.index };
  }
  return null;
}
