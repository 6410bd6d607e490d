// When something was said: "X said on Tuesday ...", "X told reporters late Monday ...". What
// someone says is a quote, not an event (a sentence that also reports an act has that act as its
// event); the date of the speech act dates the quotes it carries.
import type { FactDate } from '../domain.ts';
import type { DateMention } from './dates.ts';

const STATEMENT_VERBS = /\b(said|says|told|tells|stated|announced|declared|wrote|added|insisted|warned|confirmed|denied|rejected|argued|acknowledged)\b/i;

function outsideQuotes(sentence: string): string {
  return sentence.replace(/“[^”]*”|"[^"]*"/g, (m) => ' '.repeat(m.length));
}

/** The date of the sentence's verb of speech, when the text gives one near it; null otherwise. */
export function speechDate(sentence: string, dates: DateMention[]): FactDate | null {
  const verb = STATEMENT_VERBS.exec(outsideQuotes(sentence));
  if (!verb) return null;
  // a date inside a relative clause dates that clause: "Abbott, who has bused migrants since April 2022, told ..."
  const insertions = [...sentence.matchAll(/,[^,]*?\b(?:who|which|whose|whom)\b[^,]*,/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const near = dates
    .filter((d) => !insertions.some(([a, b]) => d.start >= a && d.start < b))
    .filter((d) => Math.abs(d.start - verb.index) < 60)
    .sort((a, b) => Math.abs(a.start - verb.index) - Math.abs(b.start - verb.index))[0];
  return near?.date.start ? near.date : null;
}
