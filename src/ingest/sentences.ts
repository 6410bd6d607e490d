// Sentence splitting with offsets into the article text.
import type { Sentence } from '../domain.ts';

/** A quoted passage longer than this is not kept whole (it is probably an unclosed quote). */
const MAX_QUOTE = 600;
/** Parentheses spanning more than this do not protect what they hold. */
const MAX_PARENS = 400;
/**
 * The longest sentence kept whole, in characters. News sentences run to about 500; a longer run
 * without a sentence end (a table flattened into one line, a list, text with no punctuation) is
 * cut into pieces of at most this many characters, so that the work spent on any one sentence,
 * and on a whole article, grows with its length and no faster.
 */
export const MAX_SENTENCE_CHARS = 1000;

/** Abbreviations after which a period does not end the sentence (compared in lower case). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'cdr', 'sgt',
  'cpl', 'pvt', 'adm', 'brig', 'gov', 'sen', 'rep', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp',
  'det', 'amb', 'st', 'mt', 'ft', 'jr', 'sr', 'sez', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ',
  'assn', 'bros', 'ave', 'blvd', 'rd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'cf',
  'vs', 'approx', 'ca', 'al', 'viz', 'e.g', 'i.e', 'a.m', 'p.m', 'ph.d', 'u.s', 'u.n', 'u.k', 'e.u',
]);
/** Abbreviations only when a number follows: "No. 5", "Art. 3", "p. 12". */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'nr', 'art', 'vol', 'vols', 'fig', 'figs', 'p', 'pp', 'sec', 'ch', 'para', 'op']);

const SPEECH_VERBS =
  /\b(?:said|says|say|stated|states|added|adds|told|tells|explained|explains|noted|notes|wrote|writes|asked|asks|declared|declares|insisted|argued|continued|concluded|warned|claimed|replied|announced|tweeted|posted|commented|remarked|observed|emphasi[sz]ed|stressed|confirmed|denied|admitted|recalled|suggested|according)\b/i;

const OPENERS = '“"‘\'([«¿¡';

// Character codes the splitter looks for, read with charCodeAt: taking each character of a
// paragraph as a string of its own to look it up was a tenth of reading an article.
const PAREN_OPEN = 0x28; // (
const PAREN_CLOSE = 0x29; // )
const BRACKET_OPEN = 0x5b; // [
const BRACKET_CLOSE = 0x5d; // ]
const CURLY_OPEN = 0x201c; // “
const CURLY_CLOSE = 0x201d; // ”
const STRAIGHT = 0x22; // "

/** A sentence's end: . ! ? … */
function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}
/** What may close a sentence after its end: " ” ’ ' ) ] » */
function isCloser(c: number): boolean {
  return c === STRAIGHT || c === CURLY_CLOSE || c === 0x2019 || c === 0x27 || c === PAREN_CLOSE || c === BRACKET_CLOSE || c === 0xbb;
}

/** Ranges [open, close] (indexes of the marks) that a sentence boundary may not fall inside. */
function protectedRanges(p: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Parentheses and brackets, nested.
  const stack: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c === PAREN_OPEN || c === BRACKET_OPEN) stack.push(i);
    else if ((c === PAREN_CLOSE || c === BRACKET_CLOSE) && stack.length) {
      const open = stack.pop() as number;
      if (i - open <= MAX_PARENS) ranges.push([open, i]);
    }
  }
  // Double quotes: curly pairs, and straight quotes told apart by what is around them.
  let curly = -1;
  let straight = -1;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c === CURLY_OPEN) {
      if (curly < 0) curly = i;
    } else if (c === CURLY_CLOSE) {
      if (curly >= 0 && i - curly <= MAX_QUOTE) ranges.push([curly, i]);
      curly = -1;
    } else if (c === STRAIGHT) {
      const before = i > 0 ? (p[i - 1] ?? ' ') : ' ';
      const opening = /[\s([{\u2014\u2013-]/.test(before) || i === 0;
      if (straight < 0 && opening) straight = i;
      else if (straight >= 0) {
        if (i - straight <= MAX_QUOTE) ranges.push([straight, i]);
        straight = -1;
      }
    }
  }
  return ranges;
}

/** Abbreviations that can also end a sentence ("... in the U.S. The ..."). */
const FINAL_ABBREVIATIONS = new Set(['inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'bros']);
/** Words that start a sentence far more often than they follow "U.S." or "Inc." inside one. */
const SENTENCE_STARTERS = new Set([
  'the', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'but', 'however',
  'his', 'her', 'their', 'its', 'our', 'there', 'then', 'a', 'an',
]);

/** `p[dot]` is the period of an abbreviation, given the word that follows. */
function isAbbreviation(p: string, dot: number, nextWord: string): boolean {
  let s = dot;
  while (s > 0 && !/[\s(["“‘']/.test(p[s - 1] ?? ' ')) s--;
  const token = p.slice(s, dot);
  if (!token) return false;
  const lower = token.toLowerCase();
  const startsNew = SENTENCE_STARTERS.has(nextWord.toLowerCase());
  // A single initial: "J. R. Smith".
  if (/^\p{Lu}$/u.test(token)) return true;
  // Dotted acronyms: "U.S.", "U.N.", "e.g.", "a.m."
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return !startsNew || lower === 'e.g' || lower === 'i.e';
  if (FINAL_ABBREVIATIONS.has(lower)) return !startsNew;
  if (ABBREVIATIONS.has(lower)) return true;
  // "Minneapolis-St. Paul", "Wilkes-Ft. ...": an abbreviation at the end of a hyphenated name
  if (/^\p{L}[\p{L}.]*-(?:st|mt|ft)$/u.test(lower) && /^\p{Lu}/u.test(nextWord)) return true;
  return NUMBER_ABBREVIATIONS.has(lower) && /^\d/.test(nextWord);
}

/** After a closing quote: "... again.” Haftar said." keeps the attribution with the quote. */
function attributionFollows(p: string, from: number): boolean {
  // (a clause of at most eight words ends well within a sentence's length)
  const rest = p.slice(from, from + MAX_SENTENCE_CHARS);
  const m = /^[^.!?…]*[.!?…]?/.exec(rest);
  const clause = m ? m[0] : rest;
  return clause.split(/\s+/).filter(Boolean).length <= 8 && SPEECH_VERBS.test(clause);
}

function startsSentence(p: string, at: number): boolean {
  let i = at;
  while (i < p.length && OPENERS.includes(p[i] ?? '')) i++;
  const c = p[i] ?? '';
  return /[\p{Lu}\p{N}]/u.test(c);
}

const WORD_AT = /[\p{L}\p{N}]+/uy;

/** The word starting at `at` ("" when none does), read in place. */
function wordAt(p: string, at: number): string {
  WORD_AT.lastIndex = at;
  return WORD_AT.exec(p)?.[0] ?? '';
}

/**
 * [start, end) cut into pieces of at most MAX_SENTENCE_CHARS: each piece ends after the last
 * ";", ":" or "," in the second half of its window, else at the last space, else mid-word.
 */
function boundedSpans(p: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = start;
  while (end - a > MAX_SENTENCE_CHARS) {
    const limit = a + MAX_SENTENCE_CHARS;
    let cut = -1;
    for (let k = limit - 1; k > a + MAX_SENTENCE_CHARS / 2 && cut < 0; k--) if (/[;:,]/.test(p[k] ?? '') && /\s/.test(p[k + 1] ?? '')) cut = k + 1;
    for (let k = limit; k > a && cut < 0; k--) if (/\s/.test(p[k] ?? '')) cut = k;
    if (cut <= a) cut = limit;
    out.push([a, cut]);
    a = cut;
    while (a < end && /\s/.test(p[a] ?? '')) a++;
  }
  if (a < end) out.push([a, end]);
  return out;
}

/** Local [start, end) spans of the sentences of one paragraph. */
function splitParagraph(p: string): Array<[number, number]> {
  // the positions strictly inside a protected range, marked once (each range is short), so
  // that asking costs the same however many ranges the paragraph has
  const covered = new Uint8Array(p.length);
  for (const [a, b] of protectedRanges(p)) covered.fill(1, a + 1, b);
  const inside = (k: number): boolean => covered[k] === 1;
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < p.length; i++) {
    if (!isTerminal(p.charCodeAt(i))) continue;
    const c = p[i]!;
    const first = i;
    let j = i;
    while (j + 1 < p.length && isTerminal(p.charCodeAt(j + 1))) j++;
    let k = j;
    let closesQuote = false;
    while (k + 1 < p.length && isCloser(p.charCodeAt(k + 1))) {
      k++;
      if (p[k] === '”' || p[k] === '"') closesQuote = true;
    }
    i = k;
    if (k + 1 >= p.length || !/\s/.test(p[k + 1] ?? '')) continue;
    let m = k + 1;
    while (m < p.length && /\s/.test(p[m] ?? '')) m++;
    if (m >= p.length || !startsSentence(p, m)) continue;
    if (inside(k)) continue;
    if (c === '.' && j === first && isAbbreviation(p, first, wordAt(p, m))) continue;
    if (closesQuote && attributionFollows(p, m)) continue;
    spans.push(...boundedSpans(p, start, k + 1));
    start = m;
  }
  spans.push(...boundedSpans(p, start, p.length));
  return spans;
}

/**
 * Sentences of `text` with offsets into it. Every line break ends a sentence (paragraphs are
 * never joined). Inside a paragraph a sentence ends at . ! ? … (and closing quotes/brackets)
 * followed by a capital or digit, except after an abbreviation or initial, inside parentheses,
 * inside a double-quoted passage that closes within 600 characters, and before a short
 * attribution after a closing quote. A sentence longer than MAX_SENTENCE_CHARS is cut into
 * pieces no longer than that.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraph = /[^\n]+/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    const base = m.index;
    const p = m[0];
    for (const [s, e] of splitParagraph(p)) {
      let a = s;
      let b = e;
      while (a < b && /\s/.test(p[a] ?? '')) a++;
      while (b > a && /\s/.test(p[b - 1] ?? '')) b--;
      if (a >= b) continue;
      out.push({ index: out.length, text: p.slice(a, b), start: base + a, end: base + b });
    }
  }
  return out;
}
