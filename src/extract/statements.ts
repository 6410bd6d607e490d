// When something was said: "X said on Tuesday ...", "X told reporters late Monday ...". What
// someone says is a quote, not an event (a sentence that also reports an act has that act as its
// event); the date of the speech act dates the quotes it carries.
import type { ExtractedEvent, FactDate } from '../domain.ts';
import { UNKNOWN_DATE, type DateMention } from './dates.ts';
import { type QuoteContext, subjectOf } from './quotes.ts';
import type { PlacedMention } from './events.ts';
import { STORY_SENTENCES } from './story-day.ts';

const STATEMENT_VERBS = /\b(said|says|told|tells|testified|stated|announced|declared|wrote|added|insisted|warned|confirmed|denied|rejected|argued|acknowledged)\b/i;

function outsideQuotes(sentence: string): string {
  return sentence.replace(/“[^”]*”|"[^"]*"/g, (m) => ' '.repeat(m.length));
}

/** The date of the sentence's verb of speech, when the text gives one near it; null otherwise. */
export function speechDate(sentence: string, dates: DateMention[]): FactDate | null {
  const verb = STATEMENT_VERBS.exec(outsideQuotes(sentence));
  if (!verb) return null;
  // a date inside a relative clause dates that clause: "Abbott, who has bused migrants since April 2022, told ..."
  const insertions = [...sentence.matchAll(/,[^,]*?\b(?:who|which|whose|whom)\b[^,]*,/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  // and a date inside the quotation is what the speaker talks of ("effective August 31,” she said)
  const quoted = [...sentence.matchAll(/“[^”]*”?|"[^"]*"?/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const near = dates
    .filter((d) => ![...insertions, ...quoted].some(([a, b]) => d.start >= a && d.start < b))
    .filter((d) => Math.abs(d.start - verb.index) < 60)
    .sort((a, b) => Math.abs(a.start - verb.index) - Math.abs(b.start - verb.index))[0];
  return near?.date.start ? near.date : null;
}

/**
 * Speech given in public through a medium news names: a press conference, a statement, a release,
 * a tweet, a call with reporters. Saying something there is an act of its own (an announcement),
 * where "X said" alone is only a quote.
 */
const MEDIUM =
  /\b(?:at|during|in|on|via|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:press\s+conference|news\s+conference|press\s+briefing|briefing|statement|news\s+release|press\s+release|release|tweet|post\s+on\s+\S+|conference\s+call|televised\s+address|interview)\b|\btold\s+(?:reporters|journalists|the\s+media|a\s+(?:news|press)\s+conference)\b|\b(?:told|testified\s+(?:before|at|to))\s+(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:hearing|inquiry|committee|subcommittee|panel|tribunal)\b/iu;

/**
 * The announcement a sentence reports: a named speaker, a verb of speech, a public medium and a day
 * the text gives ("At a press conference Sunday, Gov. X said ...", "X said in a release Wednesday").
 */
export function announcementIn(ctx: QuoteContext, dates: DateMention[]): ExtractedEvent | null {
  const text = outsideQuotes(ctx.sentence);
  const medium = MEDIUM.exec(text);

  const verb = STATEMENT_VERBS.exec(text);
  if (!medium || !verb) return null;
  // (undated in the lead, it is the day's news: the story's day dates it later, as other acts the
  // lead tells; further down an undated statement may be any day's)
  const date = speechDate(ctx.sentence, dates) ?? (ctx.sentenceIndex < STORY_SENTENCES ? UNKNOWN_DATE : null);
  if (!date || (date.precision !== 'day' && date !== UNKNOWN_DATE)) return null;
  const speaker = subjectOf(ctx, verb.index) ?? officialsOf(ctx, verb.index);
  // (a place speaks for its government: "the White House said in a statement")
  if (!speaker || !(['person', 'organization', 'place'] as const).some((t) => t === speaker.type)) return null;
  // (nor the object of a verb before it, whose unnamed subject also said it: "In a post on X, the
  // minister for Tema thanked Karim Osei and said ...")
  const clause = text.slice(0, speaker.start).split(/[,;:]/).pop() ?? '';
  if (/\b\p{Ll}{2,}ed\b|\b(?:met|told|gave|took|made|saw|beat|won|led|sent|brought|left|held|thanks|thank|praised|urged|called)\b/u.test(clause)) return null;
  const how = medium[0].replace(/^told\s+/i, 'to ').replace(/\s+/g, ' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  return {
    type: 'announce',
    tense: 'past',
    summary: `${speaker.name} spoke ${how}`,
    trigger: verb[0],
    participants: [{ actorId: speaker.actorId, name: speaker.name, part: 'agent' }],
    place: null,
    date,
    sentenceIndex: ctx.sentenceIndex,
    sentence: ctx.sentence,
  };
}

/** "White House officials", "a Pentagon spokesman": those who speak for a named body are the body speaking. */
function officialsOf(ctx: QuoteContext, at: number): PlacedMention | null {
  return (
    ctx.mentions.find(
      (x) =>
        (x.type === 'organization' || x.type === 'place') &&
        x.end <= at &&
        SPEAKING_FOR.test(ctx.sentence.slice(x.end, at)) &&
        /(?:^|[,;]\s*|\b(?:the|a|an)\s+)$/i.test(ctx.sentence.slice(0, x.start)),
    ) ?? null
  );
}

const SPEAKING_FOR = /^\s*(?:officials?|spokes(?:man|woman|person)|representatives?|aides?)\s*$/i;
