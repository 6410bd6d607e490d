// Quotes: words in quotation marks with the speaker news attribution names. The shapes, in the
// order tried:
//   after the quote      “...,” Piantedosi stated / “...,” said Piantedosi / “...,” she said
//   before the quote     X said: “...” / According to X, ...: “...”
//   reported speech      X ruled that ... posed “...” / X, speaking in Recife, said ... “...” /
//                        X rejected the accusation, telling reporters that ... “...”
//   a second reference   He said ... “...” / the Foreign Minister said ... “...” / the 54-year-old said
//   a quote on its own   a sentence that is only a quote continues the previous speaker
// Scare quotes (“allies”, “parallel engagement”) are not quotes.
import type { ActorType, ExtractedQuote } from '../domain.ts';
import type { PlacedMention } from './events.ts';
import { SPEECH_VERBS } from './lexicon.ts';

const QUOTE_RE = /“([^”]{2,}?)”|"([^"]{2,}?)"|‘([^’]{2,}?)’(?![\p{L}])/gu;
const PRONOUN_RE = /^(?:he|she|they)$/i;
const MIN_WORDS = 3;
/** Verbs that report what someone said, in any form. */
const REPORTING = new Set([
  ...SPEECH_VERBS,
  ...'saying telling calling called describing described adding noting insisting warning arguing ruled rules ruling wrote writing posted welcomed welcoming thanked thanking branded labelled labeled dismissed rejected condemned praised promised vowed pledged urging stressing'.split(' '),
]);

export interface QuoteSpeaker {
  mention: PlacedMention;
  /** Role words of the actor, for "the minister said". */
  roles: string[];
}

export interface QuoteContext {
  sentence: string;
  sentenceIndex: number;
  mentions: PlacedMention[];
  /** Persons named so far in the article, most recent last, with their roles. */
  recentPersons: QuoteSpeaker[];
  /** Who spoke the previous sentence's last quote, when that sentence had one. */
  previousSpeaker: PlacedMention | null;
}

function wordsIn(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

const SPEAKER_TYPES: ActorType[] = ['person', 'organization'];
const speakers = (ms: PlacedMention[]) => ms.filter((m) => SPEAKER_TYPES.includes(m.type));

export function quotesInSentence(ctx: QuoteContext): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  const matches = [...ctx.sentence.matchAll(QUOTE_RE)];
  const outside = matches.reduce((s, m) => s.replace(m[0], ' '), ctx.sentence).trim();
  const standalone = matches.length > 0 && wordsIn(outside) === 0;
  for (const m of matches) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (wordsIn(raw) < MIN_WORDS) continue;
    const qStart = m.index ?? 0;
    const qEnd = qStart + m[0].length;
    const speaker =
      speakerAfter(ctx, qEnd) ??
      speakerBefore(ctx, qStart) ??
      reportingSubject(ctx, qStart) ??
      (standalone ? ctx.previousSpeaker : null);
    out.push({
      words: raw.replace(/[,\s]+$/, ''),
      speaker: speaker?.name ?? null,
      speakerId: speaker?.actorId ?? null,
      sentenceIndex: ctx.sentenceIndex,
      sentence: ctx.sentence,
    });
  }
  return out;
}

function lastPerson(ctx: QuoteContext): PlacedMention | null {
  return ctx.recentPersons[ctx.recentPersons.length - 1]?.mention ?? null;
}

/**
 * "the Foreign Minister", "the 54-year-old", "the minister": the most recent person whose role has
 * the phrase's head word, or simply the most recent person for an age or a pronoun.
 */
function anaphor(ctx: QuoteContext, phrase: string): PlacedMention | null {
  const p = phrase.trim().toLowerCase();
  if (PRONOUN_RE.test(p) || /^the\s+\d+-year-old$/.test(p)) return lastPerson(ctx);
  const m = /^the\s+(?:[\p{L}.-]+\s+){0,3}([\p{L}-]+)$/u.exec(p);
  if (!m) return null;
  const head = m[1]!;
  for (let i = ctx.recentPersons.length - 1; i >= 0; i--) {
    const s = ctx.recentPersons[i]!;
    if (s.roles.some((r) => r.toLowerCase().split(/[\s-]+/).includes(head))) return s.mention;
  }
  return null;
}

/** “...,” Piantedosi stated / “...,” said Piantedosi / “...,” she said */
function speakerAfter(ctx: QuoteContext, qEnd: number): PlacedMention | null {
  const tail = ctx.sentence.slice(qEnd, qEnd + 80);
  if (!/^\s*[,—–-]?\s*\S/.test(tail) || /^\s*[.!?]?\s*$/.test(tail)) return null;
  const words = tail.split(/[\s,]+/).filter(Boolean);
  const verbAt = words.findIndex((w) => SPEECH_VERBS.has(w.toLowerCase().replace(/[.;:]$/, '')));
  if (verbAt < 0 || verbAt > 5) return null;
  if (PRONOUN_RE.test(words[0] ?? '') && verbAt === 1) return lastPerson(ctx);
  const near = speakers(ctx.mentions).filter((x) => x.start >= qEnd && x.start < qEnd + 80);
  if (near[0]) return near[0];
  const phrase = words.slice(0, verbAt).join(' ');
  return phrase ? anaphor(ctx, phrase) : null;
}

/**
 * A name governed by a preposition ("the spokeswoman of the Finance Ministry", "in Tripoli") is
 * not the subject of the verb that follows it: the name before the apposition is.
 */
function governed(ctx: QuoteContext, m: PlacedMention): boolean {
  return /\b(?:of|in|to|from|with|by|against|at|for|on)\s+(?:the\s+)?$/i.test(ctx.sentence.slice(Math.max(0, m.start - 12), m.start));
}

/** X said: “...” / According to X, ... : “...” / X replied ... “...” */
function speakerBefore(ctx: QuoteContext, qStart: number): PlacedMention | null {
  const head = ctx.sentence.slice(0, qStart);
  const cands = speakers(ctx.mentions).filter((x) => x.end <= qStart);
  for (const c of [...cands].reverse()) {
    if (governed(ctx, c)) continue;
    const after = ctx.sentence.slice(c.end, Math.min(qStart, c.end + 40));
    const next = after.split(/[\s,]+/).filter(Boolean).slice(0, 3).map((w) => w.toLowerCase().replace(/[:;.]$/, ''));
    if (next[0] && SPEECH_VERBS.has(next[0]) && after.trim().length < 30) return c;
  }
  const according = /according to\s/i.exec(head);
  if (according) {
    const at = according.index;
    const c = cands.find((x) => x.start >= at && x.start < at + 60);
    if (c) return c;
  }
  // "Paolo Mieli made one important observation on Liberoquotidiano: “...”"
  if (/:\s*$/.test(head)) {
    const c = [...cands].reverse().find((x) => {
      const next = ctx.sentence.slice(x.end, x.end + 30).trim().split(/\s+/)[0] ?? '';
      return /^(?:made|gave|offered|wrote|posted|put|added|issued|had|delivered|shared|summed)$/i.test(next);
    });
    if (c) return c;
  }
  return null;
}

/**
 * Reported speech: the subject of the last reporting verb before the quote. The subject is the
 * nearest person or organisation before that verb that is not inside a prepositional phrase, or
 * a second reference ("He", "the Foreign Minister") standing right before it.
 */
export function reportingSubject(ctx: QuoteContext, qStart: number): PlacedMention | null {
  const head = ctx.sentence.slice(0, qStart);
  const verbs = [...head.matchAll(/[\p{L}-]+/gu)].filter((w) => REPORTING.has(w[0].toLowerCase()));
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  const at = verb.index ?? 0;
  const before = ctx.sentence.slice(0, at);
  const cands = speakers(ctx.mentions).filter((m) => m.end <= at && !governed(ctx, m));
  // "He said", "the Foreign Minister said" right before the verb.
  const clause = before.split(/[,;]/).pop() ?? '';
  const np = clause.trim();
  if (np && !cands.some((c) => c.start >= at - clause.length)) {
    const a = anaphor(ctx, np);
    if (a) return a;
  }
  return cands[cands.length - 1] ?? (/^\s*(?:he|she)\b/i.test(before) ? lastPerson(ctx) : null);
}
