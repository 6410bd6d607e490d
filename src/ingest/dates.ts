// Publication dates to YYYY-MM-DD, or YYYY-MM / YYYY when that is all the metadata says.
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

/** 2023-06, 2023/06: a month. */
const NUMERIC_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
/** "June 2023", "Jun. 2023". */
const WRITTEN_MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})$/i;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function yearMonth(year: number, month: number): string | null {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 ? `${pad(year, 4)}-${pad(month)}` : null;
}

/**
 * A publication date at the precision the metadata gives it: YYYY-MM-DD, YYYY-MM or YYYY; null
 * when `value` is not a date. Real metadata often says only "2023-06" or "2023", and that is kept
 * as it is, neither refused nor padded to a day it does not name. Accepts Date objects (YAML
 * timestamps), ISO dates and datetimes (the calendar day as written, not shifted to UTC) and
 * written-out dates ("January 19, 2025", "19 Jan 2025", "June 2023").
 */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  // YAML reads `published: 2023` as a number
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999 ? String(value) : null;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  const m = NUMERIC_DATE.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  const month = NUMERIC_MONTH.exec(s);
  if (month) return yearMonth(Number(month[1]), Number(month[2]));
  if (/^\d{4}$/.test(s)) return Number(s) >= 1000 ? s : null;
  const written = WRITTEN_MONTH.exec(s);
  if (written) return yearMonth(Number(written[2]), MONTH_NAMES.indexOf(written[1]!.toLowerCase().slice(0, 3)) + 1);
  return findDate(s)?.date ?? null;
}

/** How exact a publication date is, from its form. */
export function publishedPrecision(published: string): 'day' | 'month' | 'year' {
  return published.length === 10 ? 'day' : published.length === 7 ? 'month' : 'year';
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
