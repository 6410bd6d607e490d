// Statements: "X said on Tuesday ...", "X told reporters ...", "X said in a statement ...". A
// speech act by a named person or organisation is an event of its own, dated by its clause, so
// that a timeline shows when someone said something and /quotes has a date to give.
import type { ExtractedEvent, ExtractedQuote, FactDate } from '../domain.ts';
import type { DateMention } from './dates.ts';
import type { PlacedMention } from './events.ts';
import { reportingSubject, type QuoteContext } from './quotes.ts';

const STATEMENT_VERBS = /\b(said|says|told|tells|stated|announced|declared|wrote|added|insisted|warned|confirmed|denied|rejected|argued|acknowledged)\b/i;
/** The place line that opens wire copy: "LONDON — ", "PORT SUDAN, March 14 (Reuters) - ". */
const DATELINE = /^\p{Lu}[\p{Lu}.'’ /-]*\p{Lu}(?:,[^–—()]{1,40}?)?\s*(?:\([^)]{1,30}\)\s*)?[–—-]{1,2}\s+/u;
const UNKNOWN: FactDate = { start: null, end: null, precision: 'unknown', text: '' };

function outsideQuotes(sentence: string): string {
  return sentence.replace(/“[^”]*”|"[^"]*"/g, (m) => ' '.repeat(m.length));
}

export function statementInSentence(
  ctx: QuoteContext,
  quotes: ExtractedQuote[],
  dates: DateMention[],
  existing: ExtractedEvent[],
): ExtractedEvent | null {
  if (existing.some((e) => e.type === 'statement')) return null;
  const plain = outsideQuotes(ctx.sentence);
  const verb = STATEMENT_VERBS.exec(plain);
  if (!verb) return null;
  // "rejected a ceasefire proposal" already told as an event of its own
  if (existing.some((e) => e.trigger.toLowerCase() === verb[1]!.toLowerCase())) return null;
  const verbEnd = verb.index + verb[0].length;
  const quoted = quotes.find((q) => q.speakerId !== null);
  let speaker: PlacedMention | null = quoted ? ctx.mentions.find((m) => m.actorId === quoted.speakerId) ?? null : null;
  speaker ??= reportingSubject(ctx, verbEnd);
  if (!speaker) return null;
  // The gist: what follows the verb, up to a semicolon (a period inside a sentence ends an
  // abbreviation: "U.S. and Saudi mediators"), or the quote itself; for an attribution that ends
  // the sentence ("..., the White House said."), what comes before it.
  let after = ctx.sentence
    .slice(verbEnd)
    .replace(/^\s*(?:on|late|early)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i, '')
    .replace(/^[\s,:]*(?:that\s+)?/i, '')
    .split(/;\s/)[0]!
    .trim();
  for (const d of dates) if (after.startsWith(d.text) || after.startsWith(`on ${d.text}`)) after = after.slice(after.indexOf(d.text) + d.text.length).trim();
  if (!/\p{L}/u.test(after)) {
    const attribution = plain.slice(0, verb.index).lastIndexOf(',');
    after = attribution > 0 ? ctx.sentence.slice(0, attribution).replace(DATELINE, '').trim() : '';
  }
  const quote = quoted ?? quotes[0];
  const source = quote ? `“${quote.words}”` : after;
  const words = source.split(/\s+/).filter(Boolean);
  const gist = (quote ? ': ' : ' ') + words.slice(0, 14).join(' ') + (words.length > 14 ? (quote ? ' …”' : ' …') : '');
  // a date inside a relative clause dates that clause: "Abbott, who has bused migrants since April 2022, told ..."
  const insertions = [...ctx.sentence.matchAll(/,[^,]*?\b(?:who|which|whose|whom)\b[^,]*,/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const near = dates
    .filter((d) => !insertions.some(([a, b]) => d.start >= a && d.start < b))
    .filter((d) => Math.abs(d.start - verb.index) < 60).sort((a, b) => Math.abs(a.start - verb.index) - Math.abs(b.start - verb.index))[0];
  return {
    type: 'statement',
    summary: `${speaker.name} ${verb[1]!.toLowerCase()}${gist.trim() ? gist.replace(/[,:]$/, '') : ''}`,
    trigger: verb[1]!,
    participants: [{ actorId: speaker.actorId, name: speaker.name, part: 'agent' }],
    place: null,
    date: near?.date ?? UNKNOWN,
    sentenceIndex: ctx.sentenceIndex,
    sentence: ctx.sentence,
  };
}
