// Shape tests for one line of text: is it prose, page chrome, a byline, a headline, a source?
import { normalizeLine } from './text.ts';

export interface Line {
  /** The line without its list bullet, whitespace normalised. */
  text: string;
  /** The line was a list item ("* x", "- x", "1. x"). */
  bullet: boolean;
}

const BULLET = /^(?:[*•·▪◦‣●○■□+-]|\d{1,3}[.)])[ \t]+(?=\S)/;
/** A letter or digit anywhere. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A letter anywhere. */
export const LETTER = /\p{L}/u;
/** Starts with a lower-case letter. */
export const LOWER_START = /^\p{Ll}/u;

/** Text to lines: blank lines dropped, bullets recognised and removed, spaces collapsed. */
export function toLines(text: string): Line[] {
  const out: Line[] = [];
  for (const raw of text.split('\n')) {
    const line = normalizeLine(raw);
    if (!line) continue;
    const m = BULLET.exec(line);
    const body = m ? line.slice(m[0].length).trim() : line;
    // A line of only symbols ("|", "***", "— —") is a divider.
    if (!LETTER_OR_DIGIT.test(body)) continue;
    out.push({ text: body, bullet: !!m });
  }
  return out;
}

/** Words: runs that start with a letter or digit. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-]*/gu) ?? [];
}

function letterWords(text: string): string[] {
  return words(text).filter((w) => LETTER.test(w));
}

/** Ends like a sentence: . ! ? … optionally followed by closing quotes/brackets. */
export const TERMINAL = /[.!?…]["”’'»)\]]*$/;

/** The line with its double-quoted passages removed (so quoted speech does not count as site voice). */
export function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”?/g, ' ').replace(/"[^"]*"?/g, ' ');
}

/** The whole line is one quotation. */
export function isWholeQuote(text: string): boolean {
  return /^[“"].*[”"][.!?…,]?$/.test(text);
}

const ADDRESSES_READER = /\b(?:you|your|yours|yourself)\b|\byou['’](?:re|ll|ve|d)\b/i;
const SITE_SPEAKS = /\b(?:[Ww]e|[Oo]urs?|us)\b/;

/** Addresses the reader: "you", "your". */
export function addressesReader(text: string): boolean {
  return ADDRESSES_READER.test(outsideQuotes(text));
}

/** The site speaking about itself: "we", "our", "us" (not "US"). */
export function siteSpeaks(text: string): boolean {
  return SITE_SPEAKS.test(outsideQuotes(text));
}

/** Vocabulary of web pages themselves (accounts, cookies, subscriptions), not of news. */
const WEB_WORDS =
  /\b(?:cookies?|newsletters?|subscri(?:be|bed|bers?|ption|ptions)|sign(?:ing)? (?:up|in)|log ?in|inbox|brows(?:e|er|ing)|websites?|site|app|privacy|consent|accounts?|notifications?|ad ?-?blocker|javascript|e-?mail|terms of (?:use|service)|paywall|premium|unlock|free trial)\b/i;

/** Copyright lines and similar legal boilerplate. */
export function isBoilerplate(text: string): boolean {
  // (and the page dating itself: "This article was first published 11 years ago")
  return /©|\bcopyright\b|\ball rights reserved\b|^this (?:article|story|page|post) was (?:first |originally |last )?(?:published|updated|posted)\b/i.test(text);
}

/**
 * The page talking to its reader about the page: a cookie banner, a newsletter pitch, a
 * paywall note ("We use cookies to improve your experience. By continuing ...").
 */
export function isSiteMessage(text: string): boolean {
  // (addressesReader || siteSpeaks, with the quotes taken out once)
  const outside = outsideQuotes(text);
  return (ADDRESSES_READER.test(outside) || SITE_SPEAKS.test(outside)) && WEB_WORDS.test(outside);
}

/**
 * First words of page-interface lines: calls to action ("Share", "Subscribe", "Sign up",
 * "Follow us"), teaser labels ("Read more", "Related stories", "Trending now") and media
 * credits ("Photo: Reuters"). A short line without sentence punctuation that starts with one
 * of them is page chrome wherever it stands.
 */
const INTERFACE_FIRST_WORDS = new Set([
  'share', 'sharing', 'subscribe', 'sign', 'log', 'login', 'logout', 'register', 'follow', 'like',
  'read', 'related', 'recommended', 'trending', 'popular', 'watch', 'listen', 'click', 'tap',
  'download', 'advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored', 'promoted',
  'join', 'tags', 'tagged', 'topics', 'comments', 'comment', 'print', 'email', 'more', 'also',
  'see', 'skip', 'menu', 'search', 'home', 'copyright', 'loading', 'back', 'next', 'previous',
  'prev', 'continue', 'show', 'view', 'load', 'photo', 'photos', 'image', 'images', 'picture',
  'pictures', 'credit', 'credits', 'video', 'videos', 'gallery', 'caption', 'illustration',
  'cookie', 'cookies', 'accept', 'close', 'latest', 'newsletter', 'contact', 'privacy', 'terms',
  'get', 'install',
]);

/** A short interface line: "Share this article", "Read more", "Follow us on Twitter", "Photo: Reuters". */
export function isInterfaceLine(text: string): boolean {
  const w = words(text);
  if (w.length === 0) return true;
  if (isBoilerplate(text)) return true;
  if (w.length > 8 || /[.!?…]["”’')\]]*$/.test(text) || isWholeQuote(text)) return false;
  if (INTERFACE_FIRST_WORDS.has((w[0] ?? '').toLowerCase())) return true;
  // "You May Also Like", "Connect with us": the page addressing its reader.
  return addressesReader(text) || siteSpeaks(text);
}

function lowerShare(text: string): { count: number; lower: number } {
  // (the words are found once: letterWords(text) is those with a letter in them; a word's first
  // character, when it is an ASCII letter, answers both questions without an expression)
  const all = words(text);
  let letters = 0;
  let lower = 0;
  for (const w of all) {
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      letters++;
      lower++;
    } else if (c >= 65 && c <= 90) letters++;
    else if (LETTER.test(w)) {
      letters++;
      if (LOWER_START.test(w)) lower++;
    }
  }
  return { count: all.length, lower: letters ? lower / letters : 0 };
}

/**
 * Prose: a paragraph of running text. Long enough, mostly lower-case words, and either ending
 * like a sentence or long enough to be a (cut) paragraph. Headlines are Title Case and short;
 * menus and labels are short.
 */
export function isProse(text: string): boolean {
  if (isBoilerplate(text)) return false;
  const { count, lower } = lowerShare(text);
  if (count >= 8 && TERMINAL.test(text) && lower >= 0.3) return true;
  return count >= 16 && lower >= 0.45;
}

/** A short sentence ("He refused.", "“Never again,” she said."): real text, not a label. */
export function isShortSentence(text: string): boolean {
  if (!TERMINAL.test(text) || isBoilerplate(text)) return false;
  if (addressesReader(text) || siteSpeaks(text) || isInterfaceLine(text)) return false;
  const lw = letterWords(text);
  if (words(text).length < 2 && !isWholeQuote(text)) return false;
  return lw.some((w) => LOWER_START.test(w)) || isWholeQuote(text);
}

const CAPITAL_OR_DIGIT_START = /^[\p{Lu}\p{N}]/u;
const CAMEL_START = /^\p{Ll}\p{Lu}/u;

const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'to', 'for', 'with', 'at', 'by',
  'from', 'as', 'vs', 'via', 'into', 'onto', 'over', 'per', 'up', 'off', 'is', 'be', 'its',
]);

/** Title Case: most words that are not articles/prepositions start with a capital. */
export function isTitleCase(text: string): boolean {
  const lw = letterWords(text);
  const major = lw.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  if (major.length < 2) return false;
  const caps = major.filter((w) => CAPITAL_OR_DIGIT_START.test(w) || CAMEL_START.test(w)).length;
  return caps / major.length >= 0.75;
}

/**
 * A glued label at the end or start of a headline: "... Security Ties aBREAKING" (a camel-case
 * token stuck on by the scraper), "EXCLUSIVE: ...".
 */
export function stripHeadlineJunk(text: string): string {
  let s = text.trim();
  s = s.replace(/\s+\p{Ll}{1,3}\p{Lu}{3,}$/u, '');
  s = s.replace(/^\p{Lu}{4,}(?:\s+\p{Lu}{3,})?\s*[:|–—-]\s+/u, '');
  s = s.replace(/\s*[|–—-]\s*\p{Lu}{4,}$/u, '');
  return s.trim();
}

/** A comparison key: lower case, letters and digits only. */
export function lineKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `line` is the headline again, or the headline with a little debris after it. */
export function repeatsHeadline(line: string, headline: string): boolean {
  return repeatsHeadlineKey(line, lineKey(line), lineKey(headline));
}

/** repeatsHeadline with the comparison keys already computed. */
export function repeatsHeadlineKey(line: string, l: string, h: string): boolean {
  if (!h) return false;
  if (l === h) return true;
  if (l.length <= h.length || l.charCodeAt(h.length) !== 32 || !l.startsWith(h) || words(h).length < 3) return false;
  return words(l.slice(h.length)).length <= 3 && !isProse(line);
}

const NAME_PARTICLE = '(?:de|da|di|del|della|dos|das|du|van|von|der|den|la|le|al|el|bin|ibn|ben|y)';
const NAME_WORD = `(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|${NAME_PARTICLE}(?=\\s)|\\p{Ll}{1,3}-\\p{Lu}[\\p{L}'’-]*)`;
const NAME = `\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+${NAME_WORD}){0,4}`;
const NAMES = `${NAME}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)${NAME})*`;
const BYLINE_NAMES = new RegExp(`^(${NAMES})(?:\\s*(?:,|\\||–|—|-|/|\\bfor\\b)\\s*(.{1,60}))?$`, 'u');

/**
 * A byline: "By Jane Doe", "by Jane Doe, Reuters", "Written by Jane Doe", and the scraped form
 * where "by" is glued to a capitalised chrome word ("Advertisementby Giovanni Giacalone").
 * Returns the name(s), with the agency when given ("Jane Doe, Reuters"), or null.
 */
export function parseByline(text: string): string | null {
  const m = /^(?:(?:written|posted|reported|story|words|text)\s+|\p{Lu}\p{Ll}{3,}(?=by\s))?(by|By|BY)\s*:?\s+(.+)$/u.exec(
    text.trim(),
  );
  if (!m) return null;
  const rest = (m[2] ?? '').trim().replace(/[.;]$/, '');
  if (words(rest).length > 12) return null;
  const n = BYLINE_NAMES.exec(rest);
  if (!n) return null;
  const names = (n[1] ?? '').trim();
  const org = n[2]?.trim();
  if (org && !/^\p{Lu}/u.test(org) && !/^[\p{L}\p{N}.-]+\.[a-z]{2,}$/iu.test(org)) return null;
  return org ? `${names}, ${org}` : names;
}

const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,})(?::\d+)?(?:[/?#]\S*)?$/iu;

/** "alwasat.ly", "https://www.reuters.com/world/...": the host name, lower case. */
export function domainOf(text: string): string | null {
  const m = DOMAIN.exec(text.trim());
  return m ? (m[1] ?? '').toLowerCase() : null;
}

/** A short source name: "Reuters", "Agenzia Nova", "The Libya Observer". */
export function isSourceName(text: string): boolean {
  const t = text.trim();
  if (t.length > 40 || /[.!?:]$/.test(t)) return false;
  const w = words(t);
  if (w.length === 0 || w.length > 4) return false;
  if (INTERFACE_FIRST_WORDS.has((w[0] ?? '').toLowerCase())) return false;
  return w.every((x) => CAPITAL_OR_DIGIT_START.test(x) || MINOR_WORDS.has(x.toLowerCase()));
}

/**
 * A dateline opening the story on a line of its own: "BENGHAZI, Libya –", "ROME (Reuters) -".
 * An upper-case place followed by a comma, a parenthesis or a dash; not an all-caps headline.
 */
export function isDatelineLine(text: string): boolean {
  return (
    words(text).length <= 6 &&
    /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*(?:\s*,\s*[\p{L} .]+?|\s*\([^)]*\))?\s*[–—:-]?$/u.test(text) &&
    /[,(–—:-]/.test(text)
  );
}
