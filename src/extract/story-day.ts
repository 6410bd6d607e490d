// The day of the story. News gives the day once, in the lead ("Malaysia announced a reshuffle on
// Dec 12"), in the dateline or in the publication date, and then tells the rest of the day's news
// without repeating it ("Amir Hamzah was appointed second finance minister"). A reader dates those
// by the story's day; so does briefbot, marking the date as inferred, and only while the story stays
// on that day: past and perfect tense (not "had", not "will"), near the top, and before the text
// moves to another time ("In 2015, ...").
import type { ExtractedEvent, FactDate } from '../domain.ts';
import type { DateMention } from './dates.ts';

/** How far down a story its first day still dates what it tells: the lead and the paragraphs after it. */
export const STORY_SENTENCES = 6;
/**
 * How far down the perfect ("has been appointed") still tells the day's news: the tense itself says
 * the act is news, even after a paragraph of background.
 */
export const PERFECT_SENTENCES = 15;
/** A lead's day is news when it is at most this many days before the story was filed or published. */
const RECENT_DAYS = 7;

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

const isDay = (d: FactDate): boolean => d.precision === 'day' && !!d.start && d.start === d.end && !d.approximate;

/**
 * The story's day: the latest recent day the top of the story names ("on Wednesday"), else the day
 * the dateline gives, else the publication day. `published` and `filed` are YYYY-MM-DD or null.
 */
export function storyDay(published: string | null, filed: string | null, datesBySentence: DateMention[][], sentences: string[] = []): FactDate | null {
  // a publication date known to the month ("published: 2020-03") still dates the lead, to the month
  // (a day of that month the top names, "on Tuesday", narrows it as it would any publication day)
  const month = !filed && published?.length === 7 ? published : null;
  const ref = filed ?? (published?.length === 10 ? published : month ? lastDayOf(month) : null);
  if (!ref) return null;
  // the latest recent day the top of the story names: a story told the day after ("arrested on
  // Wednesday ... appeared in court on Thursday") is the later day's news
  let latest: FactDate | null = null;
  for (const [idx, dates] of datesBySentence.slice(0, STORY_SENTENCES).entries())
    for (const m of dates) {
      if (!isDay(m.date)) continue;
      // a day told as what came before ("24 hours after a gunman opened fire on Friday") is not the story's
      // (a clause, with its own verb: "after a gunman opened fire", not "before the bench")
      if (toldAsBefore((sentences[idx] ?? '').slice(0, m.start))) continue;
      // ("tweeted “Gunman captured tonight”": a day inside a quotation counts from when it was said, not from the page's date)
      if (quoted((sentences[idx] ?? '').slice(0, m.start))) continue;
      if (days(m.date.start!) > days(ref) || (month ? !m.date.start!.startsWith(month) : days(ref) - days(m.date.start!) > RECENT_DAYS)) continue;
      if (!latest || m.date.start! > latest.start!) latest = { ...m.date };
    }
  if (latest) return latest;
  if (month) return { start: `${month}-01`, end: ref, precision: 'month', text: '' };
  return { start: ref, end: ref, precision: 'day', text: '' };
}

/** A day told as what came before the news: "almost 24 hours after a gunman opened fire on Friday" (a clause with its own verb, not "before the bench"). */
function toldAsBefore(before: string): boolean {
  return /\b(?:after|before|since)\b[^;]*\b(?:\w+ed|was|were|had|did|went|came|began|fell|broke|struck)\b[^;]*$/i.test(before);
}

/** Text that ends inside a quotation opened in it: a curly quote left open, or an odd straight one. */
export function quoted(before: string): boolean {
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
}

/**
 * Whether the story has moved to another time by this sentence: it names a date that is not the
 * story's day, outside a relative clause ("Simon Bowman, whose body was found on Tuesday" adds
 * background; it does not move the story).
 */
function movesAway(sentence: string, dates: DateMention[], day: FactDate): boolean {
  const relative = [...sentence.matchAll(/(?:^|,)\s*(?:who|which|whose|whom)\b[^,;]*(?:,|$)/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  // ("later Friday, a day after the reports came out": a day counted back from the one given tells background, the sentence stays on its day)
  return dates.some(
    (m) =>
      m.date.start !== null &&
      !/\b(?:after|before)$/i.test(m.date.text) &&
      // (a later date is what comes next, "suspending flights through the end of April": what is
      // told as ahead is not dated by the story's day anyway, and the day's news goes on)
      m.date.start! <= day.end! &&
      !(m.date.start! <= day.end! && (m.date.end ?? m.date.start!) >= day.start!) &&
      !relative.some(([a, b]) => m.start >= a && m.start < b) &&
      !aside(sentence.slice(0, m.start)) &&
      // (nor does the day of what came before the news: "arrested a suspect almost 24 hours after a gunman opened fire on Friday")
      !toldAsBefore(sentence.slice(0, m.start)),
  );
}

/**
 * Words before a date that make it an aside, not the sentence's time: a figure compared with an
 * earlier one ("up from $89 million a year ago", "compared with the same quarter last year") and
 * what a charge or claim says ("on the charge that on September 8 he murdered").
 */
function aside(before: string): boolean {
  return (
    /\b(?:from|than|compared\s+(?:with|to)|versus|against)\s+(?:[^\s,;]+\s+){0,5}(?:in\s+|on\s+|for\s+|during\s+)?(?:the\s+)?$/i.test(before) ||
    /\b(?:charges?|counts?|allegations?|accusations?|claims?|grounds?|suspicion)\s+that\s+(?:[^\s,;]+\s+){0,2}$/i.test(before)
  );
}

/**
 * Events of the day's news that the text leaves undated get the story's day, marked as inferred.
 * A happening told by a verb outside the event lists is kept only dated: it is news only if the text
 * or the story's day dates it.
 */
export function dateByStoryDay(events: ExtractedEvent[], sentences: string[], datesBySentence: DateMention[][], day: FactDate | null): ExtractedEvent[] {
  return dateByMatchDay(inferDays(events, sentences, datesBySentence, day)).filter((e) => e.type !== 'other' || e.date.start);
}

/**
 * The text before an event's word ends inside a clause that a span of days opens ("a day after",
 * "two weeks before"): that clause tells another day's act. (A plain "after" is often the same
 * day's: "shares rose after the company posted earnings".)
 */
const AFTER_CLAUSE = /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)\s+(?:[\p{L}’'.-]+\s+){0,12}$/iu;

function inferDays(events: ExtractedEvent[], sentences: string[], datesBySentence: DateMention[][], day: FactDate | null): ExtractedEvent[] {
  if (!day?.start) return events;
  let away = -1;
  datesBySentence.forEach((dates, idx) => {
    if (away < 0 && movesAway(sentences[idx] ?? '', dates, day)) away = idx;
  });
  return events.map((e) => {
    // ("Tesla said ... that its finance chief is retiring": the progressive, like the perfect, tells the news of now)
    // (and so does the present of news: "X returns to the Health Ministry")
    const perfect = e.tense === 'perfect' || (e.tense === 'present' && /(?:ing|[^s]s)$/i.test(e.trigger)) || (e.tense === 'past' && AT_THE_OCCASION.test(e.sentence.slice(e.sentence.indexOf(e.trigger))));
    if (e.date.precision !== 'unknown' || e.sentenceIndex >= (perfect ? PERFECT_SENTENCES : STORY_SENTENCES)) return e;
    // (a lead that moves away may still tell the day's news in another clause: "X has been sentenced
    // for selling a seat in 2008")
    if (!perfect && away >= 0 && (e.sentenceIndex > away || (e.sentenceIndex === away && away > 0))) return e;
    if (e.tense === 'earlier' || e.tense === 'ahead' || e.tense === undefined) return e;
    // ("appointed X a day after Y was killed": what an after- or before-clause tells is another day's)
    if (AFTER_CLAUSE.test(e.sentence.slice(0, Math.max(0, e.sentence.indexOf(e.trigger))))) return e;
    // (a placing, "was second in the poll", is a result only beside results of a day: dateByMatchDay)
    if (e.type === 'other' && e.trigger === 'finished') return e;
    // "The war has killed tens of thousands": a tally with no one named is no news of the day
    if (!e.participants.some((p) => p.part !== 'other')) return e;
    return { ...e, date: { start: day.start, end: day.end, precision: day.precision, text: day.text, inferred: true } };
  });
}

// The words news uses for a vote, and the kinds of vote they are qualified by ("the parliamentary polls").
const VOTE_NOUN = String.raw`(?:elections?|polls|vote|ballot|run-?off|referendum|primary)`;
const VOTE_KIND = String.raw`(?:(?:presidential|parliamentary|general|legislative|municipal|local|mayoral|regional|national|state|snap|by-?)[- ]?)*`;
// "the country's August 23 polls", "Tuesday's election", "Sunday's presidential vote"
const VOTE_AFTER_DATE = new RegExp(String.raw`^(?:['’]s)?\s+${VOTE_KIND}${VOTE_NOUN}\b`, 'i');
// "the election held on 3 May", "his election win in New York Tuesday" (not a bare "election on
// August 15": the day may be another verb's, "was announced winner of the election on August 15")
const VOTE_BEFORE_DATE = new RegExp(String.raw`\b${VOTE_NOUN}(?:\s+(?:win|victory)|\s+(?:was\s+|were\s+)?held)(?:\s+in\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?,?\s+(?:on\s+)?$`, 'iu');

/**
 * The day the article's vote was held, when the text gives exactly one: a past vote dated to the day
 * ("Turkey on Sunday went to the polls") or a vote named with its day ("the August 23 polls",
 * "his election win in New York Tuesday"). Two different days (a first round and a runoff) give none.
 */
export function voteDay(events: ExtractedEvent[], sentences: string[], datesBySentence: DateMention[][], published: string | null): FactDate | null {
  const ref = published?.length === 10 ? published : null;
  const found = new Map<string, FactDate>();
  const take = (d: FactDate) => {
    if (!isDay(d) || d.inferred || (ref && d.start! > ref)) return;
    if (!found.has(d.start!)) found.set(d.start!, d);
  };
  for (const e of events) if (e.type === 'vote' && e.tense !== 'ahead') take(e.date);
  datesBySentence.forEach((dates, idx) => {
    const s = sentences[idx] ?? '';
    for (const m of dates) {
      const before = s.slice(Math.max(0, m.start - 60), m.start).replace(/^\S*\s/, ' ');
      if (VOTE_AFTER_DATE.test(s.slice(m.end)) || VOTE_BEFORE_DATE.test(before)) take(m.date);
    }
  });
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * A win the text leaves undated, in an article about one vote, is that vote's: "Bloomberg squeaked
 * out a victory over Mr. Thompson" after "his election win in New York Tuesday". The date is the one
 * the text gives the vote (not marked as the story's day: the text dates the vote).
 */
export function dateByVoteDay(events: ExtractedEvent[], day: FactDate | null): ExtractedEvent[] {
  if (!day) return events;
  return events.map((e) =>
    // (a result declared is the day of the declaration, not of the vote: "was declared the president-elect")
    (e.type === 'elect' || e.type === 'win') && e.date.precision === 'unknown' && e.tense !== 'ahead' && !/^declar/i.test(e.trigger) ? { ...e, date: { start: day.start, end: day.end, precision: 'day', text: day.text } } : e,
  );
}

/** "reported", "reports", "reporting" -> "report": enough to tell two verbs apart. */
export const stem = (trigger: string): string => trigger.toLowerCase().replace(/(?:ing|ed|es|s|d)$/, '');

/**
 * "X also presented their credentials", told after "Garcetti presented his credentials on
 * Thursday": the same act done "also" by others, with no date of its own, is the same occasion,
 * and the earlier one's date dates it. The act must be the same (the same kind of event, or for a
 * verb outside the lists the same verb), and "also" must stand before its verb.
 */
export function dateBySameAct(events: ExtractedEvent[]): ExtractedEvent[] {
  return events.map((e, k) => {
    if (e.date.precision !== 'unknown' || e.tense === 'ahead') return e;
    const escaped = e.trigger.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!new RegExp(String.raw`\balso\s+(?:(?:been|be|was|were|has|have|had)\s+)?${escaped}\b`, 'i').test(e.sentence)) return e;
    const same = (d: ExtractedEvent) => d.type === e.type && (e.type !== 'other' || stem(d.trigger) === stem(e.trigger));
    const before = events.slice(0, k).reverse().find((d) => d.sentenceIndex < e.sentenceIndex && d.date.start && same(d));
    return before ? { ...e, date: { ...before.date } } : e;
  });
}

/** "at the event", "graced the occasion": the occasion the story tells, named again without its day. */
export const AT_THE_OCCASION = /^[^.;]{0,80}?\b(?:at|graced|attended|witnessed)\s+the\s+(?:event|ceremony|occasion|inauguration|swearing-in|funeral|function|gala|summit)\b/i;

// the clock of a match: "in the 76th minute", "in the fifth minute", "five minutes before the break", "in the second half", the shootout at its end
export const MATCH_CLOCK = /\b(?:(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]minute|(?:penalty\s+)?shoot-?out(?:\s+kicks?)?|on\s+penalties|minutes?\s+(?:before|after|into|from)\s+(?:the\s+)?(?:break|half-?time|interval|full-?time|time|the\s+end)|(?:first|second)[- ]half|half-?time|stoppage[- ]time|injury[- ]time|extra[- ]time|before\s+the\s+break|after\s+the\s+break|from\s+time)\b/i;
const RESULT_TYPES = new Set(['win', 'lose']);

/**
 * A match report's play by the clock ("found an equaliser in the 76th minute"), and the other
 * results a results report lists without a day, happened on the day of the match or race: the one
 * day the article's results are dated to, when they give exactly one.
 */
function dateByMatchDay(events: ExtractedEvent[]): ExtractedEvent[] {
  const results = events.filter((e) => (RESULT_TYPES.has(e.type) || (e.type === 'other' && e.trigger === 'drew')) && e.tense !== 'earlier' && e.tense !== 'ahead' && isDay(e.date));
  if (new Set(results.map((e) => e.date.start)).size !== 1) return events;
  const day = results[0]!.date;
  // (and the day's other results: "Gladys Cherono won the women's race", "Amos Kipruto was second")
  const result = (e: ExtractedEvent) => (RESULT_TYPES.has(e.type) && e.tense === 'past') || (e.type === 'other' && e.trigger === 'finished');
  return events.map((e) => (e.date.precision === 'unknown' && !e.date.text && e.tense === 'past' && (MATCH_CLOCK.test(e.sentence) || result(e)) ? { ...e, date: { ...day, text: day.text, inferred: true } } : e));
}

const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, 'a few': 2, several: 3 };
// "almost 24 hours after", "two days before", "36 hours after": a stretch of time between two acts
const INTERVAL = /\b(?:(?:almost|nearly|about|some|just|barely|roughly|more than|less than|within)\s+)?(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several)\s+(hours?|days?|weeks?)\s+(after|before)\s/gi;

function shifted(date: FactDate, by: number, text: string): FactDate {
  const iso = new Date((days(date.start!) + by) * 86_400_000).toISOString().slice(0, 10);
  return { start: iso, end: iso, precision: 'day', text };
}

/**
 * "arrested a suspect almost 24 hours after a gunman opened fire on Friday evening": an act the text
 * times by another in the same sentence takes that act's day, moved by the stretch between them (a
 * stretch in hours by whole days, "24 hours" a day, "hours after" none). Only an act the text leaves
 * undated, or dated by the story's day alone, and only from an act dated to the day by the text.
 */
export function dateByInterval(events: ExtractedEvent[]): ExtractedEvent[] {
  return events.map((e) => {
    if (e.date.precision !== 'unknown' && !e.date.inferred) return e;
    if (e.tense === 'ahead' || e.tense === 'earlier') return e;
    const own = e.sentence.indexOf(e.trigger);
    for (const m of e.sentence.matchAll(INTERVAL)) {
      const at = m.index ?? 0;
      const after = at + m[0].length;
      // the act timed comes before the stretch, the act it is timed by right after it
      if (own < 0 || own > at) continue;
      const told = (d: ExtractedEvent) => e.sentence.indexOf(d.trigger, after);
      const anchor = events.find((d) => d !== e && d.sentenceIndex === e.sentenceIndex && !d.date.inferred && isDay(d.date) && told(d) >= after && told(d) - after < 60);
      if (!anchor) continue;
      const n = /^\d/.test(m[1]!) ? Number(m[1]) : COUNT[m[1]!.toLowerCase()] ?? 1;
      const unit = m[2]!.toLowerCase();
      const span = unit.startsWith('hour') ? Math.round(n / 24) : unit.startsWith('week') ? n * 7 : n;
      const by = m[3]!.toLowerCase() === 'after' ? span : -span;
      return { ...e, date: shifted(anchor.date, by, m[0].trim()) };
    }
    return e;
  });
}
