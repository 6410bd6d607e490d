// Quotes: words in quotation marks with the speaker news attribution names — after the quote
// ("“...,” Piantedosi stated", "“...,” said Piantedosi", "“...,” she told reporters") or before it
// ("X said: “...”", "According to X, ... “...”"). Scare quotes (“allies”, “parallel engagement”)
// are not quotes.
import type { ExtractedQuote } from '../domain.ts';
import type { PlacedMention } from './events.ts';
import { SPEECH_VERBS } from './lexicon.ts';

const QUOTE_RE = /“([^”]{2,}?)”|"([^"]{2,}?)"|‘([^’]{2,}?)’(?![\p{L}])/gu;
const PRONOUN_RE = /^(?:he|she|they)$/i;
const MIN_WORDS = 4;

export interface QuoteContext {
  sentence: string;
  sentenceIndex: number;
  mentions: PlacedMention[];
  /** The person most recently named before this sentence, for "she said". */
  lastPerson: PlacedMention | null;
}

function wordsIn(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

const speakers = (ms: PlacedMention[]) => ms.filter((m) => m.type === 'person' || m.type === 'organization');

export function quotesInSentence(ctx: QuoteContext): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  for (const m of ctx.sentence.matchAll(QUOTE_RE)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (wordsIn(raw) < MIN_WORDS) continue;
    const qStart = m.index ?? 0;
    const qEnd = qStart + m[0].length;
    const speaker = speakerAfter(ctx, qEnd) ?? speakerBefore(ctx, qStart);
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

/** “...,” Piantedosi stated / “...,” said Piantedosi / “...,” she said */
function speakerAfter(ctx: QuoteContext, qEnd: number): PlacedMention | null {
  const tail = ctx.sentence.slice(qEnd, qEnd + 80);
  const words = tail.split(/[\s,]+/).filter(Boolean);
  const verbAt = words.findIndex((w) => SPEECH_VERBS.has(w.toLowerCase().replace(/[.;:]$/, '')));
  if (verbAt < 0 || verbAt > 5) return null;
  if (PRONOUN_RE.test(words[0] ?? '') && verbAt === 1) return ctx.lastPerson;
  const near = speakers(ctx.mentions).filter((x) => x.start >= qEnd && x.start < qEnd + 80);
  return near[0] ?? null;
}

/** X said: “...” / According to X, ... : “...” / X replied ... “...” */
function speakerBefore(ctx: QuoteContext, qStart: number): PlacedMention | null {
  const head = ctx.sentence.slice(0, qStart);
  const cands = speakers(ctx.mentions).filter((x) => x.end <= qStart);
  for (const c of [...cands].reverse()) {
    const after = ctx.sentence.slice(c.end, Math.min(qStart, c.end + 40));
    const next = after.split(/[\s,]+/).filter(Boolean).slice(0, 3).map((w) => w.toLowerCase().replace(/[:;.]$/, ''));
    if (next.some((w) => SPEECH_VERBS.has(w))) return c;
  }
  const according = /according to\s/i.exec(head);
  if (according) {
    const at = according.index;
    const c = cands.find((x) => x.start >= at && x.start < at + 60);
    if (c) return c;
  }
  // "Paolo Mieli made one important observation on Liberoquotidiano: “...”": the subject of the
  // clause that the colon ends.
  if (/:\s*$/.test(head)) {
    const c = [...cands].reverse().find((x) => {
      const next = ctx.sentence.slice(x.end, x.end + 30).trim().split(/\s+/)[0] ?? '';
      return /^(?:made|gave|offered|wrote|posted|put|added|issued|had|delivered|shared|summed)$/i.test(next);
    });
    if (c) return c;
  }
  // "He added: “...”"
  const pron = /\b(he|she)\s+(\w+)\s*:?\s*$/i.exec(head);
  if (pron && SPEECH_VERBS.has(pron[2]!.toLowerCase())) return ctx.lastPerson;
  return null;
}
