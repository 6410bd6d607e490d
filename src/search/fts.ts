// What the user typed -> a safe FTS5 MATCH expression for the full-text index (search_fts).
//
// User text is never FTS5 syntax. Every word becomes a double-quoted FTS5 string, which the
// index's own tokenizer (unicode61, diacritics removed) splits exactly as it split the articles;
// the strings are joined by AND. Only three things in the input mean more
// than words:
//   - a passage in double quotes ("secret services", “secret services”) is one phrase;
//   - a trailing `*` on a word of two or more letters asks for a prefix (Almas* -> "almas" *);
//   - apostrophes and hyphens inside a word keep its parts together as a phrase, as the
//     tokenizer splits them in the text ("Tripoli's" -> "tripoli s", "al-Khoja" -> "al khoja").
// AND, OR, NOT and NEAR are ordinary words; ( ) ^ : + - { } and stray quotes are separators;
// emoji, other symbols and terminal escapes are dropped. The strings hold only letters, digits and combining marks,
// so no `"` ever needs escaping. A country and its people's word find each other (termWithKin).

import { NATIONS } from '../extract/lexicon.ts';

/**
 * An FTS5 MATCH expression built here, from quoted strings and the operators below: the only
 * kind the store accepts, so no hand-joined string can reach SQLite as a syntax error.
 */
export type MatchExpression = string & { readonly __fts5: unique symbol };

/** One search term: a word, a phrase (several words in order) or a prefix. */
export interface MatchTerm {
  /** Lower-cased words, in order; more than one makes a phrase. */
  words: string[];
  /** Match words that start with the last word. */
  prefix: boolean;
  /** As the user wrote it, for messages ("Almas*", "secret services"). */
  display: string;
}

/** At most this many terms go into one expression; more words add little and cost time. */
export const MAX_TERMS = 32;

const QUOTE = /["“”„‟«»]/u;
// Terminal escape sequences pasted along with text ("\x1b[31m") are not words.
const ESCAPES = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
// A word: letters/digits (with combining marks), parts joined by apostrophes or hyphens, digit
// groups by , or . ("2,000", "3.5"); then an optional `*`.
const WORD =
  /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:['’ʼ‘`\-‐‑]|(?<=\p{N}\p{M}*)[.,](?=\p{N}))[\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*(\*)?/gu;
const PART = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

function wordsOf(text: string): { words: string[]; star: boolean; raw: string }[] {
  const out: { words: string[]; star: boolean; raw: string }[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const body = m[1] ? raw.slice(0, -1) : raw;
    const words = (body.match(PART) ?? []).map((w) => w.toLowerCase());
    if (words.length) out.push({ words, star: Boolean(m[1]), raw });
  }
  return out;
}

/** The terms of a query, in the order typed, without repeats; at most MAX_TERMS. */
export function matchTerms(userText: string): MatchTerm[] {
  const text = userText.replace(ESCAPES, ' ').normalize('NFC');
  const parts = text.split(QUOTE);
  // parts[i] for odd i lies between two quote marks when a closing mark follows; an unmatched
  // last quote mark is just a separator.
  const terms: MatchTerm[] = [];
  const seen = new Set<string>();
  const add = (t: MatchTerm) => {
    const key = `${t.words.join(' ')}${t.prefix ? '*' : ''}`;
    if (seen.has(key) || terms.length >= MAX_TERMS) return;
    seen.add(key);
    terms.push(t);
  };
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1 && i < parts.length - 1;
    const found = wordsOf(part);
    if (quoted) {
      const words = found.flatMap((w) => w.words);
      if (words.length) add({ words, prefix: false, display: found.map((w) => (w.star ? w.raw.slice(0, -1) : w.raw)).join(' ') });
      return;
    }
    for (const w of found) {
      const last = w.words[w.words.length - 1]!;
      const prefix = w.star && (last.match(LETTER_OR_DIGIT)?.length ?? 0) >= 2;
      add({ words: w.words, prefix, display: prefix ? w.raw : w.star ? w.raw.slice(0, -1) : w.raw });
    }
  });
  return terms;
}

/** One term as FTS5 syntax: "words" or "words" *. */
export function termExpression(t: MatchTerm): MatchExpression {
  return `"${t.words.join(' ')}"${t.prefix ? ' *' : ''}` as MatchExpression;
}

/** Each word of NATIONS -> the other words of its group. */
const NATION_WORDS = new Map<string, readonly string[]>(NATIONS.flatMap((group) => group.map((w) => [w, group.filter((o) => o !== w)] as const)));

/**
 * A term as FTS5 syntax with the other ways news writes it: a country typed also finds its
 * people's word and the other way round ("portugal" -> "portugal" OR "portuguese").
 */
export function termWithKin(t: MatchTerm): MatchExpression {
  const word = t.words.length === 1 && !t.prefix ? t.words[0]! : '';
  // ("norwegians", "filipinos": a people's word in the plural)
  const kin = word ? NATION_WORDS.get(word) ?? (word.endsWith('s') ? NATION_WORDS.get(word.slice(0, -1)) : undefined) : undefined;
  if (!kin) return termExpression(t);
  return anyOf([termExpression(t), ...kin.map((w) => termExpression({ words: [w], prefix: false, display: w }))]);
}

/**
 * Every one of the expressions. The AND is written out: FTS5's implicit AND (juxtaposition)
 * is a syntax error between a parenthesised group and a string, `("a" OR "b") "c"`.
 */
export function allOf(expressions: readonly MatchExpression[]): MatchExpression {
  return expressions.map(grouped).join(' AND ') as MatchExpression;
}

/** Any one of the expressions. */
export function anyOf(expressions: readonly MatchExpression[]): MatchExpression {
  return expressions.map(grouped).join(' OR ') as MatchExpression;
}

/** A compound operand in parentheses, so operators never bind across groups. */
function grouped(e: MatchExpression): string {
  return / (?:AND|OR) /.test(e) ? `(${e})` : e;
}

/**
 * Whatever the user typed -> a MATCH expression that cannot be a syntax error, or null when
 * nothing searchable remains ("", "***", "(( ))", "😀").
 */
export function toMatchQuery(userText: string): MatchExpression | null {
  const terms = matchTerms(userText);
  return terms.length ? allOf(terms.map(termExpression)) : null;
}
