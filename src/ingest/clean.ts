// Page debris removal by general rules: finds where the article body starts and ends, and reads
// the headline, byline, date and source list from the debris around it.
import type { Credit } from '../domain.ts';
import { creditsOfLine } from './credits.ts';
import { findDate } from './dates.ts';
import {
  type Line,
  LETTER,
  LOWER_START,
  TERMINAL,
  addressesReader,
  domainOf,
  isBoilerplate,
  isDatelineLine,
  isInterfaceLine,
  isProse,
  isShortSentence,
  isSiteMessage,
  isSourceName,
  isTitleCase,
  lineKey,
  parseByline,
  repeatsHeadlineKey,
  siteSpeaks,
  stripHeadlineJunk,
  words,
} from './lines.ts';

export interface Cleaned {
  /** The headline found in the text (null when `knownTitle` was given or none was found). */
  title: string | null;
  byline: string | null;
  /** Names from credit lines ("Reporting by ..."), wherever on the page they stand. */
  credits: Credit[];
  published: string | null;
  sources: string[];
  /** Body paragraphs, in order. Empty when the text holds no article. */
  paragraphs: string[];
}

/**
 * Splits lines into head debris, body and tail debris.
 *
 * - Body: from the first to the last prose paragraph (long, sentence-shaped, mostly lower case,
 *   not the site talking about itself), widened by adjacent short sentences.
 * - Head (before the body): chrome, except the byline, a date line, a dateline that opens the
 *   story, and the headline (a line repeated, else the longest Title Case line, else the line
 *   just before the body).
 * - Tail (after the body): chrome, except a bulleted list of domains / source names.
 * - Inside the body only interface lines ("Read more", "Share this article", "Photo: Reuters"),
 *   bylines and repeats of the headline are dropped; short real lines stay.
 */
export function cleanLines(lines: Line[], knownTitle: string | null): Cleaned {
  const result: Cleaned = { title: null, byline: null, credits: [], published: null, sources: [], paragraphs: [] };
  // A caption's photo credit ("... in Florida. © REUTERS") is the page's; the caption is news.
  lines = lines.map((l) => {
    const text = withoutPhotoCredit(l.text);
    if (text === l.text) return l;
    result.credits.push(...(creditsOfLine(l.text.slice(text.length).trim()) ?? []));
    return { ...l, text };
  });
  // ("... will own around 8 percent. (Reporting by X; Editing by Y)": wire copy's credit in brackets,
  // run on to the last paragraph when the page's lines were joined)
  lines = lines.map((l) => {
    const credit = TRAILING_CREDIT.exec(l.text);
    const credits = credit ? creditsOfLine(credit[1]!) : null;
    if (!credit || !credits) return l;
    result.credits.push(...credits);
    return { ...l, text: l.text.slice(0, credit.index).trimEnd() };
  });
  // Credit lines are the page's, not the story's: read them out wherever they stand.
  lines = lines.filter((l) => {
    const credits = creditsOfLine(l.text);
    if (credits) result.credits.push(...credits);
    return !credits;
  });
  // (whether each line is prose is asked again below: worked out once per line)
  const prose = lines.map((l) => isProse(l.text));
  const anchor = lines.map((l, i) => prose[i]! && !isSiteMessage(l.text));
  let start = anchor.indexOf(true);
  let end = anchor.lastIndexOf(true);
  if (start < 0) {
    // No full paragraph: a very short article. Short sentences are the body.
    const weak = lines.map((l) => isShortSentence(l.text) && !isSiteMessage(l.text) && !parseByline(l.text));
    start = weak.indexOf(true);
    end = weak.lastIndexOf(true);
  }
  if (start < 0) return result;
  if (cutLastLine(lines, end)) end = lines.length - 1;
  // (and a line that introduces the paragraph after it: "Kaja Whitehouse reports for the New York Post:")
  const introduces = (text: string): boolean => /:$/.test(text) && words(text).length >= 4 && /\s\p{Ll}{3,}\s/u.test(text) && !isInterfaceLine(text);
  const widens = (l: Line | undefined): boolean =>
    !!l && !l.bullet && (isShortSentence(l.text) || introduces(l.text)) && !isSiteMessage(l.text) && !parseByline(l.text);
  while (start > 0 && widens(lines[start - 1])) start--;
  while (end < lines.length - 1 && widens(lines[end + 1])) end++;

  // Head: byline, date line, dateline, headline.
  const headRest: Line[] = [];
  for (const l of lines.slice(0, start)) {
    const byline = readByline(l.text, result);
    if (byline) {
      result.byline ??= byline;
      continue;
    }
    const date = readDateLine(l.text);
    if (date) {
      if (!date.updated) result.published ??= date.date;
      continue;
    }
    headRest.push(l);
  }
  let dateline: string | null = null;
  const lastHead = headRest[headRest.length - 1];
  if (lastHead && lines[start - 1] === lastHead && isDatelineLine(lastHead.text)) {
    dateline = lastHead.text;
    headRest.pop();
  }
  result.title = knownTitle ? null : findHeadline(headRest);
  const headline = knownTitle ?? result.title;

  // Tail: the source list.
  result.sources = readSources(lines.slice(end + 1));

  // Body.
  const headlineKey = headline ? lineKey(headline) : '';
  for (let i = start; i <= end; i++) {
    const l = lines[i]!;
    if (!prose[i] && isInterfaceLine(l.text)) continue;
    if (isBoilerplate(l.text)) continue;
    if (headline && repeatsHeadlineKey(l.text, lineKey(l.text), headlineKey)) continue;
    if (!prose[i]) {
      const byline = readByline(l.text, result);
      if (byline) {
        result.byline ??= byline;
        continue;
      }
    }
    result.paragraphs.push(l.text);
  }
  if (dateline && result.paragraphs.length) {
    if (/[–—:-]$/.test(dateline)) result.paragraphs[0] = `${dateline} ${result.paragraphs[0]}`;
    else result.paragraphs.unshift(dateline);
  }
  return result;
}

const PHOTO_CREDIT = /^(.{40,}?[.!?…]["”’'»)\]]*)\s*(?:©|\(c\)|(?:Photo|Image|Picture|File photo)s?(?::|\s+(?:courtesy\s+of|by|credit:?))|Courtesy\s+of)\s*[^©.!?]{1,60}$/i;

/** A bracketed credit closing a line after its last sentence: ". (Reporting by X; Editing by Y)". */
const TRAILING_CREDIT = /(?<=[.!?”"]\s+)(\((?:additional\s+)?(?:reporting|writing|editing|compiled)\b[^()]{3,300}\))\s*$/i;

/** What every PHOTO_CREDIT match holds: looked for first, it spares most lines the whole expression. */
const PHOTO_CREDIT_MARK = /©|\(c\)|photo|image|picture|courtesy/i;

/** The line without a photo credit after its last sentence ("... Florida. © REUTERS"). */
function withoutPhotoCredit(text: string): string {
  if (!PHOTO_CREDIT_MARK.test(text)) return text;
  const m = PHOTO_CREDIT.exec(text);
  return m && words(m[1]!).length >= 8 ? m[1]! : text;
}

/**
 * The page's last line is a paragraph cut short (an excerpt, a feed's summary: "This was an open
 * election because the cur"): sentence-shaped, mostly lower case, with no end, and close after
 * the body (a few short lines between, such as a subheading and a list of results). A sidebar of
 * headlines runs longer than that.
 */
function cutLastLine(lines: Line[], end: number): boolean {
  const last = lines.length - 1;
  if (last <= end || last - end > 6) return false;
  const text = lines[last]!.text;
  if (TERMINAL.test(text) || isInterfaceLine(text) || isSiteMessage(text) || isBoilerplate(text)) return false;
  const w = words(text);
  const letters = w.filter((x) => LETTER.test(x));
  const lower = letters.filter((x) => LOWER_START.test(x)).length;
  // (a cut sentence full of names and titles, "Defence Minister Mohamad Hasan will take over the
  // Foreign Minister's post from Datuk Seri Zambry Abd Ka", still has its verb and its small words
  // in lower case; a headline in title case has almost none)
  return w.length >= 8 && lower >= 3 && lower >= letters.length * 0.3;
}

/** A byline line; a date written in it ("By Jane Doe | Jan 5, 2025") goes to `published`. */
function readByline(text: string, result: Cleaned): string | null {
  if (!/\bby\b|^\p{Lu}\p{Ll}{3,}by\s/iu.test(text) || words(text).length > 16) return null;
  const date = findDate(text);
  const rest = date ? text.replace(date.text, '').replace(/\s*[|,–—-]\s*$/, '').trim() : text;
  const byline = parseByline(rest);
  if (byline && date) result.published ??= date.date;
  return byline;
}

/** "January 19, 2025", "Published: 19 Jan 2025 10:32", "Updated 2025-01-20". */
function readDateLine(text: string): { date: string; updated: boolean } | null {
  if (words(text).length > 12 || isProse(text)) return null;
  const found = findDate(text) ?? isoDate(text);
  if (!found) return null;
  const label = /^(?:last\s+)?(published|posted|updated|modified|date|on)\b/i.exec(text)?.[1]?.toLowerCase();
  const rest = text
    .replace(found.text, ' ')
    .replace(/^(?:last\s+)?(?:published|posted|updated|modified|date)\b\s*(?:on)?/i, ' ')
    .replace(/\b\d+\s+min(?:ute)?s?\s+read\b/i, ' ');
  if (words(rest).length > 3) return null;
  return { date: found.date, updated: label === 'updated' || label === 'modified' };
}

function isoDate(text: string): { date: string; text: string } | null {
  const m = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/.exec(text);
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  return { date: `${m[1]}-${m[2]}-${m[3]}`, text: m[0] };
}

/** Head lines that could be a headline: not chrome, not a sentence, 3 to 30 words. */
function headlineCandidates(head: Line[]): string[] {
  const out: string[] = [];
  for (const l of head) {
    if (l.bullet || isInterfaceLine(l.text) || isSiteMessage(l.text)) continue;
    if (addressesReader(l.text) || siteSpeaks(l.text) || isBoilerplate(l.text)) continue;
    const text = stripHeadlineJunk(l.text);
    const n = words(text).length;
    if (n < 3 || n > 30 || /[.;,:]$/.test(text) || (TERMINAL.test(text) && !/[?!]$/.test(text))) continue;
    out.push(text);
  }
  return out;
}

/**
 * The headline among the head lines: a line repeated (scraped pages print it several times,
 * sometimes with a junk suffix), else the longest Title Case line, else the line right before
 * the body when it is headline-shaped. Null when none.
 */
function findHeadline(head: Line[]): string | null {
  const candidates = headlineCandidates(head);
  const keys = head.map((l) => lineKey(l.text));
  let best: { text: string; count: number } | null = null;
  for (const c of candidates) {
    const key = lineKey(c);
    let count = 0;
    head.forEach((l, i) => {
      if (repeatsHeadlineKey(l.text, keys[i] ?? '', key)) count++;
    });
    if (count < 2) continue;
    if (!best || count > best.count || (count === best.count && c.length < best.text.length)) {
      best = { text: c, count };
    }
  }
  if (best) return best.text;
  let longest: string | null = null;
  for (const c of candidates) {
    if (isTitleCase(c) && (!longest || words(c).length > words(longest).length)) longest = c;
  }
  if (longest) return longest;
  const last = head[head.length - 1];
  if (last) {
    const text = stripHeadlineJunk(last.text);
    if (candidates.includes(text) && words(text).length >= 4) return text;
  }
  return null;
}

/**
 * Sources listed after the body: bulleted runs whose items are all domain names or short source
 * names (at least half of them domains, or the run follows a "Sources" label), lone domain
 * lines, and "Source(s): a, b" lines. Domains are reduced to the host name; deduplicated, in order.
 */
function readSources(tail: Line[]): string[] {
  const found: string[] = [];
  const item = (text: string): string | null => domainOf(text) ?? (isSourceName(text) ? text.trim() : null);
  for (let i = 0; i < tail.length; i++) {
    const l = tail[i];
    if (!l) continue;
    const label = /^sources?\s*:\s*(.+)$/i.exec(l.text);
    if (label && !l.bullet) {
      const items = (label[1] ?? '').split(/\s*[,;]\s*|\s+and\s+/).map(item);
      if (items.length && items.every((x) => x !== null)) found.push(...(items as string[]));
      continue;
    }
    if (!l.bullet) {
      const d = domainOf(l.text);
      if (d) found.push(d);
      continue;
    }
    let j = i;
    while (j < tail.length && tail[j]?.bullet) j++;
    const run = tail.slice(i, j).map((x) => x.text);
    const items = run.map(item);
    const domains = run.filter((x) => domainOf(x)).length;
    const labelled = i > 0 && /^sources?\s*:?$/i.test(tail[i - 1]?.text ?? '');
    if (items.every((x) => x !== null) && (domains * 2 >= run.length || labelled)) {
      found.push(...(items as string[]));
    }
    i = j - 1;
  }
  const seen = new Set<string>();
  return found.filter((s) => {
    const key = s.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
