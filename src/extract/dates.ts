// Date extraction and resolution for one article, the way a news editor reads dates.
//
// chrono-node finds the ordinary date phrases ("January 19th, 2025", "Nov. 5, 2016", "on Wednesday",
// "yesterday", "last month"); a set of small pattern parsers adds what chrono misses (bare years,
// "mid-2025", "late November 2020", "Q3 2024", "from 2015 to 2018", "two days later", ...). chrono is
// only trusted for what the text states: every component chrono marks as implied (the year of
// "January 21st", the whole of "Wednesday") is thrown away and re-resolved here against the article's
// own context: the anchor (the latest explicit date earlier in the article) and the publication date.
// Nothing ever comes from the machine's clock.

import * as chrono from 'chrono-node';
import type { DatePrecision, FactDate } from '../domain.ts';
import { plainTags } from './tokens.ts';

export interface DateMention {
  text: string;
  /** Offsets into the sentence given to `resolve`. */
  start: number;
  end: number;
  date: FactDate;
}

export interface DateResolver {
  /** Resolve the dates of the next sentence of the article (sentences must come in order). */
  resolve(sentence: string): DateMention[];
  /** The day a wire dateline names ("Feb 10"), its year from the publication date; YYYY-MM-DD or null. */
  readonly filed: string | null;
}

type Part = 'early' | 'mid' | 'late';
type Unit = 'day' | 'week' | 'month' | 'year';

interface YMD {
  y: number;
  m: number;
  d: number;
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers (UTC arithmetic on plain y/m/d, so the machine's time zone never matters)

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isValid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function iso(p: YMD): string {
  return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
}

function ymd(y: number, m: number, d: number): YMD {
  return { y, m, d };
}

function parseIso(s: string | null): YMD | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValid(y, mo, d) ? { y, m: mo, d } : null;
}

function toUtc(p: YMD): Date {
  return new Date(Date.UTC(p.y, p.m - 1, p.d));
}

function fromUtc(d: Date): YMD {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

function addDays(p: YMD, n: number): YMD {
  const d = toUtc(p);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** Month arithmetic on (y, m). */
function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

function weekdayOf(p: YMD): number {
  return toUtc(p).getUTCDay();
}

function cmp(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

function monthStart(y: number, m: number): YMD {
  return ymd(y, m, 1);
}

function monthEnd(y: number, m: number): YMD {
  return ymd(y, m, daysInMonth(y, m));
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Month names as written in copy; capitalised only (lowercase "march"/"may" are verbs). */
const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![A-Za-z])';

/** A plausible calendar year, not glued to other digits, thousands separators or decimals. */
const YEAR_RE = '(?<![\\d.,])(?:19\\d\\d|20\\d\\d|2100)(?!\\d|[.,]\\d)';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

const NUM_RE =
  '(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';

function parseNumber(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}

function monthFromName(s: string): number | null {
  const t = s.toLowerCase().replace(/\./g, '').slice(0, 3);
  const i = MONTHS.findIndex((m) => m.toLowerCase().startsWith(t));
  return i >= 0 ? i + 1 : null;
}

function unitOf(s: string): Unit | null {
  const t = s.toLowerCase();
  if (/^(day|morning|afternoon|evening|night)s?$/.test(t)) return 'day';
  if (/^weeks?$/.test(t)) return 'week';
  if (/^months?$/.test(t)) return 'month';
  if (/^years?$/.test(t)) return 'year';
  return null;
}

function partOf(word: string): Part {
  const w = word.toLowerCase();
  if (w === 'early' || w === 'beginning' || w === 'start') return 'early';
  if (w === 'mid' || w === 'middle') return 'mid';
  return 'late';
}

/**
 * Words that may follow a bare year after an ambiguous preposition ("about 2012, when",
 * "around 2012 the group"); any other lowercase word reads as a quantity ("about 2000 people").
 */
const YEAR_FOLLOWERS = new Set(
  (
    'and or but to till until when while as at after before in on onwards onward forward through with ' +
    'where that which who whose during was were is are had has have saw the a an he she it they we its his ' +
    'her their there this these those so amid following under against for alone only already also'
  ).split(' '),
);

/** "the 2011 revolution", "a 2021 coup": a year used as a modifier of a dated event. */
const YEAR_EVENT_NOUNS =
  'election|elections|vote|referendum|revolution|uprising|coup|war|invasion|offensive|ceasefire|truce|' +
  'agreement|accord|deal|treaty|summit|conference|protests|crisis|attack|attacks|bombing|bombings|' +
  'earthquake|floods|budget|census|campaign|Olympics|World Cup|report|law|decree|ruling|verdict|massacre|' +
  'raid|kidnapping|abduction|arrest|season|edition|Games';

const FUTURE_RE =
  /\b(?:will|shall|won['’]t|would|must)\b|['’]ll\b|\b(?:has|have)\s+to\s+(?:be\s+)?\w+|\beffective\b|\b(?:report|surrender)\s+to\s+(?:[\w.]+\s+){0,5}?(?:prisons?|jail)\b|\bthrough\s+to\b|\b(?:is|are|was|were)\s+(?:due|scheduled|set|expected|slated|poised|planned|going)\s+to\b|\b(?:is|are)\s+to\s+(?:be\s+)?\w+|\b(?:scheduled|set|slated)\s+for\b|\bupcoming\b|\bexpected\s+to\b|\bplans?\s+to\b|\b(?:starting|beginning|from|until|till|by)\s*$|\b(?:when|once|until|till|before|after|if|unless)\s+(?:[\w'’.-]+\s+){1,3}(?:is|are)\s+(?:\w+ed|\w+en|due|set|held|put|sent|brought|told|tried)\b|\b(?:faces|face|could|can|may|might)\b[^.;]*\b(?:when|once|until|till)\s+\w+(?:ed|en)\s+(?:on\s+)?$/i;

/** Objects and particles that may stand between a scheduling verb and its day ("takes office on"). */
const SCHEDULE_FILLERS = new Set('office power place effect part off up over down out back home charge talks a an the its his her their to'.split(' '));
/** -s words that are as often plural nouns as verbs ("peace talks on Monday"); verbs only after a pronoun or a name. */
const NOUN_LIKE = new Set('talks votes results visits plans reports attacks strikes protests elections games matches hearings charges sales earnings rallies meetings polls finals bids seats races terms'.split(' '));
const SPEECH_PRESENT = new Set('says tells adds notes claims believes thinks reports warns insists argues writes confirms denies'.split(' '));
const SUBJECT_WORDS = new Set('he she it they we i you'.split(' '));

/**
 * News English tells a scheduled happening in the present: "She takes office on Monday", "The
 * trial opens Tuesday", "Parliament is voting on Friday". A present-tense verb (not one of speech:
 * "says Monday's attack ...") or a present progressive before the weekday looks forward; a
 * plural noun before it does not ("Officials on Monday said ...").
 */
function scheduledPresent(clause: string, after: string): boolean {
  // "officials on Monday said", "lawmakers on Tuesday voted": the verb after the day is past
  if (/^\s*(?:[a-z]+ed|said|told|met|took|gave|won|lost|made|held|left|went|came|saw|ran|sent|struck|began|became|got|put|set|cut|hit|shot|fled|fell|paid|led|quit|sold|bought|beat|spoke|wrote|chose|rose|broke|drove|flew|threw|brought|caught|fought|sought|thought|taught|found|kept|meant|built|sat|stood|lay|told)\b/.test(after)) return false;
  const words = clause.trim().split(/\s+/).filter(Boolean);
  let k = words.length - 1;
  while (k >= 0 && /^(?:on|late|early|from|until)$/i.test(words[k]!)) k--;
  // "is voting", "are meeting"
  if (k >= 1 && /ing$/i.test(words[k]!) && /^(?:is|are|['’]s|['’]re)$/i.test(words[k - 1]!)) return true;
  for (let n = 0; k >= 0 && n < 3 && SCHEDULE_FILLERS.has(words[k]!.toLowerCase()); n++) k--;
  const verb = words[k]?.toLowerCase();
  if (!verb || !/^[a-z]+s$/.test(verb) || /(?:ss|us|is)$/.test(verb) || SPEECH_PRESENT.has(verb)) return false;
  const tags = plainTags(verb);
  if (!tags.has('PresentTense') || tags.has('Plural')) return false;
  // the word before the verb must be able to be its subject: a name, a pronoun or a noun, not
  // "five percentage points", "the new rules", "in talks"
  const subject = words[k - 1] ?? '';
  if (NOUN_LIKE.has(verb)) return SUBJECT_WORDS.has(subject.toLowerCase()) || /^\p{Lu}/u.test(subject);
  if (/^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|percentage|the|a|an|its|their|his|her|new|of|in|on|at|for|with|by|all|some|many|several|both|these|those|other|any|each|no|more|most|few|such)$/i.test(subject)) return false;
  // "guilty on drug counts on Friday": a common noun after a preposition starts a noun phrase
  // ("the mayor of Boston leaves on Friday" keeps its verb)
  if (/^\p{Ll}/u.test(subject) && /^(?:on|in|at|of|for|with|by|from|to|into|over|under|against|about|after|before)$/i.test(words[k - 2] ?? '')) return false;
  return true;
}

/**
 * Whether the clause leading up to `pos` speaks of the future ("is expected to present a budget on
 * March 12", "the summit, which will be held on Monday", "she takes office on Monday"). Only the
 * words before the date in its own clause count: in "who visited Garissa on Monday, told leaders
 * he will ..." Monday is past.
 */
function futureAt(s: string, pos: number): boolean {
  // a comma inside a number ("3,000 flights") does not end the clause
  const before = s.slice(0, pos).replace(/(\d),(?=\d)/g, '$1 ');
  const cut = Math.max(...[',', ';', ':', '"', '“', '”', '(', '—', '–'].map((ch) => before.lastIndexOf(ch)));
  const clause = before.slice(cut + 1);
  // "was in Pyongyang from Oct. 28-31": a stay told in the past began in the past
  // (an end bound, "were suspended until Nov. 3", may still be ahead)
  const pastFrom = /\bfrom\s*$/i.test(clause) && !FUTURE_RE.test(clause.replace(/\bfrom\s*$/i, '')) && /\b(?:was|were|had|did)\b/i.test(clause);
  if (FUTURE_RE.test(clause) && !pastFrom) return true;
  // "remanded in custody to July 13", "adjourned the case until October 31": the next hearing
  if (/\b(?:remand|adjourn|postpon|defer|delay|reschedul|push(?:ed)?\s+back|put\s+off|bail)\w*\b.*\b(?:to|until|till)\s+(?:on\s+)?$/i.test(clause)) return true;
  const day = /^(?:(?:on|late|early)\s+)?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!['’]s)(?:\s+(?:morning|afternoon|evening|night))?/.exec(s.slice(pos));
  return !!day && scheduledPresent(clause, s.slice(pos + day[0].length));
}

// ---------------------------------------------------------------------------------------------
// What a date phrase means, before context is applied

type Sem =
  /** A calendar day; y null when the text gives no year. */
  | { k: 'day'; y: number | null; m: number; d: number; wd?: number }
  /** A calendar month, possibly a part of it ("late November 2020"). */
  | { k: 'month'; y: number | null; m: number; part: Part | null }
  | { k: 'year'; y: number }
  /** Months fromM..toM (toYearOffset years after y for a winter), "mid-2025", "Q3 2024". */
  | { k: 'yearPart'; y: number; fromM: number; toM: number; toYearOffset: number; part: Part | null }
  | { k: 'decade'; y: number; part: Part | null }
  | { k: 'range'; a: Sem; b: Sem }
  | { k: 'weekday'; wd: number; mode: 'plain' | 'last' | 'next' | 'this' }
  /**
   * Relative to publication. calendar: "last week" (the calendar unit), otherwise an offset
   * ("two weeks ago"). unit 'weekend' is always calendar.
   */
  | { k: 'pub'; unit: Unit | 'weekend'; n: number; calendar: boolean }
  /** "the past two years": from pub minus n units up to pub. */
  | { k: 'pubSpan'; unit: Unit; n: number }
  /** A part of the publication's month or year: "the end of the year", "the start of next month". */
  | { k: 'pubPart'; unit: 'month' | 'year'; n: number; part: Part }
  | { k: 'pubSeason'; season: Season; which: -1 | 0 | 1 }
  /** Relative to the previous date of the narrative: "two days later", "the following week". */
  | { k: 'ana'; unit: Unit; n: number; calendar: boolean }
  /** A relative date nobody can resolve ("days later", "hours later"). */
  | { k: 'vague' };

type Season = 'spring' | 'summer' | 'autumn' | 'winter';

interface Cand {
  start: number;
  end: number;
  sem: Sem;
  custom: boolean;
  /** Dropped in an undated article (today, now, currently). */
  dropUndated?: boolean;
  approx?: boolean;
  /** "from February 2015 onwards": open-ended range. */
  open?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Pattern parsers for what chrono misses

function seasonMonths(season: Season): { fromM: number; toM: number; toYearOffset: number; yearShift: number } {
  switch (season) {
    case 'spring':
      return { fromM: 3, toM: 5, toYearOffset: 0, yearShift: 0 };
    case 'summer':
      return { fromM: 6, toM: 8, toYearOffset: 0, yearShift: 0 };
    case 'autumn':
      return { fromM: 9, toM: 11, toYearOffset: 0, yearShift: 0 };
    case 'winter':
      // "winter 2024": December 2023 to February 2024 (the winter that is mostly in that year).
      return { fromM: 12, toM: 2, toYearOffset: 1, yearShift: -1 };
  }
}

function seasonOf(word: string): Season {
  const w = word.toLowerCase();
  if (w === 'fall') return 'autumn';
  return w as Season;
}

function seasonSem(season: Season, y: number): Sem {
  const s = seasonMonths(season);
  return { k: 'yearPart', y: y + s.yearShift, fromM: s.fromM, toM: s.toM, toYearOffset: s.toYearOffset, part: null };
}

function all(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

// The date patterns of customCandidates, built once: a RegExp built in the function cost a
// template of several hundred characters and a compilation-cache look-up by it, 15 per sentence.
// (all() resets lastIndex before each use, and collects every match before its loop body runs.)
const CUSTOM_RE_1 = new RegExp(
  `\\b(?:([Ee]arly|[Mm]id|[Ll]ate)(?:\\s*-\\s*|\\s+)|(?:[Tt]he\\s+)?([Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd)\\s+of\\s+)(${MONTH_RE})(?:,?\\s+(${YEAR_RE}))?`,
  'g',
);
const CUSTOM_RE_2 = new RegExp(
  `\\b(?:[Tt]he\\s+)?([Ff]irst|[Ll]ast|[Ff]inal|[Ss]econd)\\s+(?:week|weeks|days|ten\\s+days|half)\\s+of\\s+(${MONTH_RE})(?:,?\\s+(${YEAR_RE}))?`,
  'g',
);
const CUSTOM_RE_3 = new RegExp(`\\b([Ee]arly|[Mm]id|[Ll]ate)(?:\\s*-\\s*|\\s+)(${YEAR_RE})`, 'g');
const CUSTOM_RE_4 = new RegExp(`\\b(?:[Tt]he\\s+)?([Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd)\\s+of\\s+(${YEAR_RE})`, 'g');
const CUSTOM_RE_5 = new RegExp(`\\b(?:(?:[Tt]he\\s+)?([Ff]irst|[Ss]econd|1st|2nd)\\s+half\\s+of\\s+|(H[12])\\s+)(${YEAR_RE})`, 'g');
const CUSTOM_RE_6 = new RegExp(`\\b(?:[Tt]he\\s+)?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\\s+of)?\\s+(${YEAR_RE})`, 'g');
const CUSTOM_RE_7 = new RegExp(
  `\\b(?:(Q[1-4])|(?:[Tt]he\\s+)?([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|[Ll]ast|1st|2nd|3rd|4th)\\s+quarter(?:\\s+of)?)\\s+(${YEAR_RE})`,
  'g',
);
const CUSTOM_RE_8 = new RegExp(
  `(?:\\b([Ff]rom|[Bb]etween)\\s+)?(${YEAR_RE})(?:\\s*(?:[-–—]|\\b(to|until|till|through|and)\\b)\\s*)((?:${YEAR_RE})|\\d{2}(?!\\d))(?![\\w%]|[.,]\\d)`,
  'g',
);
const CUSTOM_RE_9 = new RegExp(
  `\\b(?:[Ff]rom|[Bb]etween)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:to|until|till|through|and)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(${YEAR_RE}))?`,
  'g',
);
const CUSTOM_RE_10 = new RegExp(
  `\\b[Bb]etween\\s+(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(?:(${MONTH_RE})\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(${YEAR_RE}))?`,
  'g',
);
const CUSTOM_RE_11 = new RegExp(
  `\\b(?:(?:[Ff]rom|[Bb]etween)\\s+(${MONTH_RE})(?:,?\\s+(${YEAR_RE}))?\\s+(?:to|until|till|through|and)\\s+|(${MONTH_RE})\\s*[-–]\\s*)(${MONTH_RE}),?\\s+(${YEAR_RE})`,
  'g',
);
const CUSTOM_RE_12 = new RegExp(
  `\\b(${NUM_RE})\\s+(days?|weeks?|months?|years?)\\s+(later|earlier|afterwards?|on(?=\\s*[,.;]|\\s*$)|after\\s+that|before\\s+that|before(?=\\s*[,.;]|\\s*$)|after(?=\\s*[,.;]|\\s*$))`,
  'gi',
);
const CUSTOM_RE_13 = new RegExp(`\\b(${NUM_RE})\\s+(days?|weeks?)\\s+(after|before)(?=\\s+[\\p{L}])`, 'giu');
const CUSTOM_RE_14 = new RegExp(`\\bthe\\s+(?:past|last)\\s+(?:(${NUM_RE})\\s+)?(days?|weeks?|months?|years?)\\b`, 'gi');
const CUSTOM_RE_15 = new RegExp(`(?<![\\w$€£¥#/-])(${YEAR_RE})(?![\\w%‰°])`, 'g');

function customCandidates(s: string): Cand[] {
  const out: Cand[] = [];
  const add = (m: RegExpExecArray, sem: Sem, extra: Partial<Cand> = {}) =>
    out.push({ start: m.index, end: m.index + m[0].length, sem, custom: true, ...extra });

  // "late November 2020", "mid-March", "the end of March 2024"
  for (const m of all(CUSTOM_RE_1, s)) {
    const mo = monthFromName(m[3] ?? '');
    if (!mo) continue;
    const y = m[4] ? Number(m[4]) : null;
    add(m, { k: 'month', y, m: mo, part: partOf(m[1] ?? m[2] ?? '') });
  }

  // "the last week of March", "the first days of May 2024", "the second half of June"
  for (const m of all(CUSTOM_RE_2, s)) {
    const w = (m[1] ?? '').toLowerCase();
    if (w === 'second' && !/half/i.test(m[0])) continue;
    const mo = monthFromName(m[2] ?? '');
    if (!mo) continue;
    add(m, { k: 'month', y: m[3] ? Number(m[3]) : null, m: mo, part: w === 'first' ? 'early' : 'late' });
  }

  // "mid-2025", "early 2016", "late 2019"
  for (const m of all(CUSTOM_RE_3, s)) {
    const y = Number(m[2]);
    const part = partOf(m[1] ?? '');
    const [fromM, toM] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
    add(m, { k: 'yearPart', y, fromM, toM, toYearOffset: 0, part });
  }

  // "the end of 2019", "the beginning of 2020"
  for (const m of all(CUSTOM_RE_4, s)) {
    const part = partOf(m[1] ?? '');
    const [fromM, toM] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
    add(m, { k: 'yearPart', y: Number(m[2]), fromM, toM, toYearOffset: 0, part });
  }

  // "the first half of 2023", "H2 2024"
  for (const m of all(CUSTOM_RE_5, s)) {
    const first = /^(first|1st|h1)$/i.test(m[1] ?? m[2] ?? '');
    add(m, { k: 'yearPart', y: Number(m[3]), fromM: first ? 1 : 7, toM: first ? 6 : 12, toYearOffset: 0, part: null });
  }

  // "spring 2024", "the summer of 2019"
  for (const m of all(CUSTOM_RE_6, s)) {
    add(m, seasonSem(seasonOf(m[1] ?? ''), Number(m[2])));
  }

  // "Q3 2024", "the third quarter of 2024"
  for (const m of all(CUSTOM_RE_7, s)) {
    const w = (m[1] ?? m[2] ?? '').toLowerCase();
    const q = w.startsWith('q')
      ? Number(w.slice(1))
      : /^(first|1st)$/.test(w)
        ? 1
        : /^(second|2nd)$/.test(w)
          ? 2
          : /^(third|3rd)$/.test(w)
            ? 3
            : 4;
    add(m, { k: 'yearPart', y: Number(m[3]), fromM: q * 3 - 2, toM: q * 3, toYearOffset: 0, part: null });
  }

  // "this spring", "last summer"
  for (const m of all(/\b(last|this|next)\s+(spring|summer|autumn|fall|winter)\b/gi, s)) {
    const w = (m[1] ?? '').toLowerCase();
    add(m, { k: 'pubSeason', season: seasonOf(m[2] ?? ''), which: w === 'last' ? -1 : w === 'next' ? 1 : 0 });
  }

  // "the 1990s", "the early 2000s"
  for (const m of all(/\b(?:[Tt]he\s+)?(?:([Ee]arly|[Mm]id|[Ll]ate)(?:\s*-\s*|\s+))?((?:19|20)\d0)['’]?s\b/g, s)) {
    add(m, { k: 'decade', y: Number(m[2]), part: m[1] ? partOf(m[1]) : null });
  }

  // "from 2015 to 2018", "between 2015 and 2018", "2015-2018", "2015–18"
  for (const m of all(CUSTOM_RE_8, s)) {
    const intro = (m[1] ?? '').toLowerCase();
    const conj = (m[3] ?? '').toLowerCase();
    if (conj === 'and' && intro !== 'between') continue;
    if (conj && conj !== 'and' && intro !== 'from') continue;
    if (intro === 'between' && conj !== 'and') continue;
    const a = Number(m[2]);
    let b = Number(m[4]);
    if ((m[4] ?? '').length === 2) b = Math.floor(a / 100) * 100 + b;
    if (!(b > a && b - a <= 100)) continue;
    if (quantityFollows(s, m.index + m[0].length)) continue;
    // "between 1990 and 2000 people" counts people; "the 2015-2018 drought" is a span of years
    if (intro && nounFollows(s, m.index + m[0].length)) continue;
    add(m, { k: 'range', a: { k: 'year', y: a }, b: { k: 'year', y: b } });
  }

  // "between 3 and 5 March 2024", "from 10 to 12 June"
  for (const m of all(CUSTOM_RE_9, s)) {
    const mo = monthFromName(m[3] ?? '');
    const da = Number(m[1]);
    const db = Number(m[2]);
    if (!mo || !(db > da)) continue;
    const y = m[4] ? Number(m[4]) : null;
    add(m, { k: 'range', a: { k: 'day', y, m: mo, d: da }, b: { k: 'day', y, m: mo, d: db } });
  }

  // "between March 1 and March 3", "between Feb. 27 and 29, 2024": two days in the US order, one span
  for (const m of all(CUSTOM_RE_10, s)) {
    const ma = monthFromName(m[1] ?? '');
    const mb = m[3] ? monthFromName(m[3]) : ma;
    if (!ma || !mb) continue;
    const y = m[5] ? Number(m[5]) : null;
    const da = Number(m[2]);
    const db = Number(m[4]);
    // (a span runs forward: "between December 30 and January 2" crosses into the next year)
    const next = mb < ma || (mb === ma && db < da);
    if (mb === ma && db <= da) continue;
    add(m, { k: 'range', a: { k: 'day', y: y !== null && next ? y - 1 : y, m: ma, d: da }, b: { k: 'day', y, m: mb, d: db } });
  }

  // "between March and May 2020", "from January 2019 to March 2020", "March-May 2020"
  for (const m of all(CUSTOM_RE_11, s)) {
    const ma = monthFromName(m[1] ?? m[3] ?? '');
    const mb = monthFromName(m[4] ?? '');
    if (!ma || !mb) continue;
    const yb = Number(m[5]);
    const ya = m[2] ? Number(m[2]) : ma > mb ? yb - 1 : yb;
    add(m, { k: 'range', a: { k: 'month', y: ya, m: ma, part: null }, b: { k: 'month', y: yb, m: mb, part: null } });
  }

  // Anaphora: "two days later", "a week earlier", "three years on"
  for (const m of all(CUSTOM_RE_12, s)) {
    const n = parseNumber(m[1] ?? '');
    const unit = unitOf(m[2] ?? '');
    if (n === null || !unit) continue;
    const back = /^(earlier|before)/i.test(m[3] ?? '');
    add(m, { k: 'ana', unit, n: back ? -n : n, calendar: false });
  }
  // "on Wednesday, two days after an earthquake struck": what follows happened two days before the day just given
  for (const m of all(CUSTOM_RE_13, s)) {
    if (!/(?:day|night|morning|afternoon|evening|\d)\s*,\s*$/i.test(s.slice(0, m.index))) continue;
    const n = parseNumber(m[1] ?? '');
    const unit = unitOf(m[2] ?? '');
    if (n === null || !unit) continue;
    add(m, { k: 'ana', unit, n: /after/i.test(m[3] ?? '') ? -n : n, calendar: false });
  }
  // "the next day", "the following week", "the previous year", "the same day"
  for (const m of all(
    /\b(?:the\s+)(next|following|previous|preceding|prior|same)\s+(day|morning|afternoon|evening|night|week|month|year)\b/gi,
    s,
  )) {
    const w = (m[1] ?? '').toLowerCase();
    const unit = unitOf(m[2] ?? '');
    if (!unit) continue;
    const n = w === 'same' ? 0 : w === 'next' || w === 'following' ? 1 : -1;
    add(m, { k: 'ana', unit, n, calendar: true });
  }
  // "the day before", "the year after" (only when nothing follows: "the day after the vote" is not anaphora)
  for (const m of all(/\bthe\s+(day|week|month|year)\s+(before|after)(?=\s*[,.;:)]|\s*$)/gi, s)) {
    const unit = unitOf(m[1] ?? '');
    if (!unit) continue;
    add(m, { k: 'ana', unit, n: /before/i.test(m[2] ?? '') ? -1 : 1, calendar: true });
  }
  // "days later", "hours later", "a few weeks earlier": relative, not resolvable
  for (const m of all(
    /\b(?:(?:a\s+few|several|some|a\s+couple\s+of)\s+)?(hours|days|weeks|months|years)\s+(later|earlier|afterwards)\b/gi,
    s,
  )) {
    add(m, { k: 'vague' });
  }

  // "the past week", "the past two years", "the last three months"
  for (const m of all(CUSTOM_RE_14, s)) {
    const n = m[1] ? parseNumber(m[1]) : 1;
    const unit = unitOf(m[2] ?? '');
    if (n === null || !unit) continue;
    // "the last week of March" is not a span ending at publication
    if (/^\s+of\b/i.test(s.slice(m.index + m[0].length))) continue;
    add(m, { k: 'pubSpan', unit, n });
  }

  // "the end of the year", "the start of this month", "the end of last year"
  for (const m of all(/\b(?:the\s+)?(beginning|start|middle|end)\s+of\s+(the|this|last|next)\s+(month|year)\b/gi, s)) {
    const w = (m[2] ?? '').toLowerCase();
    add(m, {
      k: 'pubPart',
      unit: (m[3] ?? '').toLowerCase() as 'month' | 'year',
      n: w === 'last' ? -1 : w === 'next' ? 1 : 0,
      part: partOf(m[1] ?? ''),
    });
  }

  // "currently": the publication date, ignored when undated
  for (const m of all(/\bcurrently\b/gi, s)) add(m, { k: 'pub', unit: 'day', n: 0, calendar: true }, { dropUndated: true });

  // "in 2016", "since 2019", "dating back to 2017", "around 2012", "in 2016 and 2017", "a 2021 coup"
  const accepted: Array<[number, number]> = [];
  for (const m of all(CUSTOM_RE_15, s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (bareYearOk(s, start, end, accepted)) {
      accepted.push([start, end]);
      out.push({ start, end, sem: { k: 'year', y: Number(m[1]) }, custom: true });
    }
  }
  return out;
}

/** A lowercase content word right after a number: "between 1990 and 2000 people". */
function nounFollows(s: string, end: number): boolean {
  const w = /^\s+([A-Za-z’']+)/.exec(s.slice(end));
  if (!w) return false;
  const word = w[1] ?? '';
  return /^[a-z]/.test(word) && !YEAR_FOLLOWERS.has(word);
}

/** A unit or quantity right after a number: "2000 people", "2,000", "2016-strong", "2000%". */
function quantityFollows(s: string, end: number): boolean {
  const rest = s.slice(end);
  if (/^\s*(?:[%‰°]|[.,]\d|\d|per\s*cent|percent)/i.test(rest)) return true;
  if (/^-(?:strong|odd|member|page|word|seat|acre|ton|tonne|metre|meter|mile|km|kilometre|foot|feet|person|man|men|year)/i.test(rest))
    return true;
  return false;
}

function bareYearOk(s: string, start: number, end: number, accepted: Array<[number, number]>): boolean {
  if (quantityFollows(s, end)) return false;
  const before = s.slice(0, start);
  const after = s.slice(end);
  // Unambiguous date prepositions.
  if (/(?:\b(?:in|since|until|till|during|throughout|as\s+of|back\s+to|year|circa)\s+|\bc(?:a)?\.\s*)$/i.test(before))
    return true;
  // A list continuing an accepted year: "in 2016, 2017 and 2018".
  const list = /(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.exec(before);
  if (list && accepted.some(([, e]) => e === start - list[0].length)) return true;
  // "the 2011 revolution", "a 2021 coup"
  if (/\b(?:the|a|an|its|their|his|her)\s+$/i.test(before) && new RegExp(`^\\s+(?:${YEAR_EVENT_NOUNS})\\b`, 'i').test(after))
    return true;
  // "Resolution 1970 of 2011", "Law No. 5 of 2019": a numbered text and its year
  if (/\d\s+of\s+$/i.test(before)) return true;
  // Prepositions that also introduce quantities: accept only when no noun follows ("about 2000
  // people"): the sentence ends, punctuation or a possessive follows, or a name or function word.
  if (/\b(?:by|from|of|around|about|approximately|roughly|before|after|through|reportedly)\s+$/i.test(before)) {
    if (!after.trim()) return true;
    if (!/^\s+[A-Za-z’']/.test(after)) return /^\s*[,.;:)\]’'"”!?–—-]/.test(after);
    return !nounFollows(s, end);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// chrono results -> candidates

// The parsing reference handed to chrono. Components chrono infers from it are discarded, so its
// value never reaches a result; a fixed leap year keeps "February 29" parseable without a year.
const CHRONO_REF = new Date(2000, 5, 15, 12, 0, 0);

const WEEKDAY_BLOCK_BEFORE = /\b(?:Black|Good|Holy|Bloody|Ash|Palm|Easter|Cyber|Super|Maundy|Shrove|Giving)\s+$/;
const WEEKDAY_BLOCK_AFTER =
  /^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|Observer|Tribune|Mail|People|Sport|Star|Business|Record|Review|Magazine|Edition|Night\s+Live|Agreement)\b/;

function chronoCandidates(s: string): Cand[] {
  const out: Cand[] = [];
  let results: chrono.ParsedResult[];
  try {
    results = chrono.casual.parse(s, CHRONO_REF, { forwardDate: false });
  } catch {
    return out;
  }
  for (const r of results) {
    let start = r.index;
    let text = r.text;
    // trailing punctuation / spaces chrono keeps ("on Wednesday,")
    const trail = /[\s,;:]+$/.exec(text);
    if (trail) text = text.slice(0, text.length - trail[0].length);
    const sem = classifyChrono(r, text, s, start, futureAt(s, start));
    if (!sem) continue;
    // leading "on"/"in"/"at"/"during" is not part of the date, except in "in two weeks"
    const lead = /^(?:on|in|at|during)\s+/i.exec(text);
    if (lead && !(sem.sem.k === 'pub' && !sem.sem.calendar && sem.sem.n > 0)) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    if (!text) continue;
    out.push({ start, end: start + text.length, sem: sem.sem, custom: false, dropUndated: sem.dropUndated });
  }
  return out;
}

function componentsSem(c: chrono.ParsedComponents, text: string): Sem | null {
  const hasMonthName = new RegExp(MONTH_RE).test(text);
  if (c.isCertain('month') && c.isCertain('day')) {
    const y = c.isCertain('year') ? c.get('year') : null;
    // numeric day/month without a year: "9/11", "24/7"
    if (y === null && !hasMonthName) return null;
    // ("Monday June 17": the weekday written beside it tells the year when none is)
    const wd = y === null && c.isCertain('weekday') ? c.get('weekday') : null;
    return { k: 'day', y, m: c.get('month') ?? 0, d: c.get('day') ?? 0, ...(wd !== null && wd !== undefined ? { wd } : {}) };
  }
  if (c.isCertain('month')) {
    const y = c.isCertain('year') ? c.get('year') : null;
    if (y === null && !hasMonthName) return null;
    return { k: 'month', y, m: c.get('month') ?? 0, part: null };
  }
  return null;
}

function classifyChrono(
  r: chrono.ParsedResult,
  text: string,
  s: string,
  index: number,
  future: boolean,
): { sem: Sem; dropUndated?: boolean } | null {
  const t = text.toLowerCase().replace(/^(?:on|in|at|during)\s+/, '');
  const before = s.slice(0, index);
  const after = s.slice(index + r.text.length);
  const tags = r.tags();

  // "the year", "the week": chrono reads them as this year / this week
  if (/^the\s+(?:day|week|month|year)$/.test(t)) return null;
  // Durations, not dates: "for two years", "within 48 hours".
  if (/^(?:for|within|over|lasting|up\s+to|after)\b/i.test(text)) return null;
  // "2 hours ago", "in 48 hours": times, not dates
  if (/\b(?:hours?|minutes?|seconds?)\b/.test(t) && tags.has('result/relativeDate')) return null;
  // "end of the month" and friends are the pattern parsers' business.
  if (tags.has('parser/ENEndOfCurrentMonthParser') || /\b(?:end|beginning|start|middle)\s+of\b/.test(t)) {
    const hasYear = r.start.isCertain('year') && /\d{4}/.test(text);
    if (!hasYear) return null;
  }

  // Every month name and weekday chrono relied on must be written as a name: "march" and "sat"
  // are verbs, "Sun" is a newspaper.
  const monthWord = /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i.exec(
    text,
  );
  if (monthWord && !/^[A-Z]/.test(monthWord[0])) return null;

  // Casual references resolved against publication.
  if (/^(?:the\s+)?day\s+before\s+yesterday\b/.test(t)) return { sem: { k: 'pub', unit: 'day', n: -2, calendar: true } };
  if (/^(?:the\s+)?day\s+after\s+tomorrow\b/.test(t)) return { sem: { k: 'pub', unit: 'day', n: 2, calendar: true } };
  if (/^(?:yesterday|last\s+night)\b/.test(t)) return { sem: { k: 'pub', unit: 'day', n: -1, calendar: true } };
  if (/^tomorrow\b/.test(t)) return { sem: { k: 'pub', unit: 'day', n: 1, calendar: true } };
  if (/^(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/.test(t))
    return { sem: { k: 'pub', unit: 'day', n: 0, calendar: true }, dropUndated: true };
  if (t === 'now') {
    if (/\bfor\s+$/i.test(before) || /^\s+that\b/i.test(after)) return null;
    return { sem: { k: 'pub', unit: 'day', n: 0, calendar: true }, dropUndated: true };
  }
  let m = /^(last|this|next|past|coming)\s+(week|month|year|weekend)$/.exec(t);
  if (m) {
    // "the last week of the campaign" is not last week
    if (/^\s+of\b/i.test(after)) return null;
    const w = m[1] ?? '';
    const n = w === 'last' || w === 'past' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
    if (m[2] === 'weekend') return { sem: { k: 'pub', unit: 'weekend', n, calendar: true } };
    if (w === 'past') return { sem: { k: 'pubSpan', unit: unitOf(m[2] ?? '') ?? 'week', n: 1 } };
    return { sem: { k: 'pub', unit: unitOf(m[2] ?? '') ?? 'week', n, calendar: true } };
  }
  if (/^(?:the\s+)?weekend$/.test(t)) return { sem: { k: 'pub', unit: 'weekend', n: 0, calendar: true } };
  m = new RegExp(`^(${NUM_RE})\\s+(days?|weeks?|months?|years?)\\s+ago$`).exec(t);
  if (m) {
    const n = parseNumber(m[1] ?? '');
    const unit = unitOf(m[2] ?? '');
    if (n === null || !unit) return null;
    return { sem: { k: 'pub', unit, n: -n, calendar: false } };
  }
  m = new RegExp(`^in\\s+(${NUM_RE})\\s+(days?|weeks?|months?|years?)$`).exec(text.toLowerCase());
  if (m) {
    // "the first talks in five months" is a duration; only a future sentence makes it a date
    if (!future) return null;
    const n = parseNumber(m[1] ?? '');
    const unit = unitOf(m[2] ?? '');
    if (n === null || !unit) return null;
    return { sem: { k: 'pub', unit, n, calendar: false } };
  }

  // Ranges chrono merged: "January to March 2024", "March 3-5, 2024".
  if (r.end) {
    const a = componentsSem(r.start, text);
    const b = componentsSem(r.end, text);
    if (a && b) return { sem: { k: 'range', a, b } };
  }

  // "two days after the vote", "a day before": relative to an event the text names, not resolvable.
  if (tags.has('result/relativeDate')) return { sem: { k: 'vague' } };

  // Explicit calendar dates.
  const abs = componentsSem(r.start, text);
  if (abs) {
    // A month alone must be introduced as a date ("in May", "since September"), not "May said".
    if (abs.k === 'month' && abs.y === null) {
      const at = monthWord ? index + monthWord.index : index;
      if (
        !/\b(?:in|since|until|till|by|from|of|during|early|mid|late|last|next|this|before|after|through|throughout|between|and|to)[\s-]+$/i.test(
          s.slice(0, at),
        )
      )
        return null;
    }
    return { sem: abs };
  }

  // Weekdays: written in full and capitalised, not "Black Friday" or "The Sunday Times".
  if (r.start.isCertain('weekday') && !r.start.isCertain('day')) {
    const w = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(text);
    if (!w) return null;
    const wBefore = s.slice(0, index + w.index);
    const wAfter = s.slice(index + w.index + w[0].length);
    if (WEEKDAY_BLOCK_BEFORE.test(wBefore) || WEEKDAY_BLOCK_AFTER.test(wAfter)) return null;
    const wd = WEEKDAYS.indexOf(w[0].toLowerCase());
    const mode = /\blast\b/i.test(text) ? 'last' : /\bnext\b/i.test(text) ? 'next' : /\bthis\b/i.test(text) ? 'this' : 'plain';
    return { sem: { k: 'weekday', wd, mode } };
  }

  // Anything else (time only, "12 o'clock", a bare year chrono guessed) gives no date.
  return null;
}

// ---------------------------------------------------------------------------------------------
// Choosing among overlapping candidates, then widening each to its qualifiers

function select(cands: Cand[]): Cand[] {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || Number(b.custom) - Number(a.custom) || a.start - b.start,
  );
  const taken: Cand[] = [];
  for (const c of sorted) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

const APPROX_BEFORE =
  /(?:\b(?:around|about|circa|approximately|approx\.|roughly|reportedly|sometime|some\s+time|possibly|probably|perhaps)\s+(?:(?:in|on|at|during)\s+)?|\bc(?:a)?\.\s*)$/i;

function widen(s: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  cands.forEach((c0, i) => {
    const c = { ...c0 };
    const prevEnd = i > 0 ? (out[i - 1]?.end ?? 0) : 0;
    const nextStart = cands[i + 1]?.start ?? s.length;
    const before = s.slice(prevEnd, c.start);
    const after = s.slice(c.end, nextStart);
    const absolute = !['pub', 'pubSpan', 'pubPart', 'pubSeason', 'ana', 'vague'].includes(c.sem.k);

    if (absolute || c.sem.k === 'weekday') {
      const ap = APPROX_BEFORE.exec(before);
      if (ap) {
        c.approx = true;
        c.start -= ap[0].length;
      } else {
        // "was reportedly founded in 2012": the hedge covers the date of its own clause
        const clause = s.slice(0, c.start).split(/[,;:()“”"]/).pop() ?? '';
        if (/\breportedly\b/i.test(clause)) c.approx = true;
      }
    }
    if (absolute) {
      const from = /\bfrom\s+$/i.exec(before);
      const onwards = /^\s+(?:onwards?|on(?=\s*[,.;)]|\s*$))/i.exec(after);
      if (from && onwards && !c.approx) {
        c.open = true;
        c.start -= from[0].length;
        c.end += onwards[0].length;
      } else if (!c.approx) {
        const since = /\bsince\s+$/i.exec(before);
        if (since) c.start -= since[0].length;
      }
    }
    if (c.sem.k === 'pub' && c.sem.calendar) {
      const el = /\b(?:earlier|later)\s+$/i.exec(before);
      if (el && /^(?:this|last|next)\b/i.test(s.slice(c.start))) c.start -= el[0].length;
    }
    if (c.sem.k === 'weekday') {
      // "late Tuesday", "early on Friday": the time of day belongs to the phrase
      const tod = /\b(?:late|early|(?:early|late)\s+on)\s+$/i.exec(before);
      if (tod && !c.approx) c.start -= tod[0].length;
    }
    out.push(c);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Resolution against context

interface Anchor {
  y: number;
  m: number | null;
  d: number | null;
}

interface Ctx {
  /** The story's day: the dateline's date, else the publication date, when either names a day. */
  pub: YMD | null;
  /** The publication's year and month when that is all the article gives ("2023-06", "2023"). */
  pubYear: number | null;
  pubMonth: number | null;
  anchor: Anchor | null;
  /** An anchor set earlier in the same sentence. */
  sentenceAnchor: Anchor | null;
  /** The last day-precision date of the narrative, for "two days later". */
  lastDay: YMD | null;
  future: boolean;
}

interface Resolved {
  start: YMD | null;
  end: YMD | null;
  precision: DatePrecision;
  part?: Part | null;
  approximate?: boolean;
  /** The text stated the year. */
  explicitYear?: boolean;
}

const RELATIVE: Resolved = { start: null, end: null, precision: 'relative' };

/** The year of a day/month the text gives without one. */
function inferYear(m: number, d: number | null, ctx: Ctx): number | null {
  const first = (y: number) => ymd(y, m, d ?? 1);
  const last = (y: number) => (d === null ? monthEnd(y, m) : ymd(y, m, d));
  if (ctx.anchor) {
    let y = ctx.anchor.y;
    // narrative dates do not fall after publication unless the sentence speaks of the future
    if (ctx.pub && !ctx.future && cmp(first(y), ctx.pub) > 0) y -= 1;
    return y;
  }
  if (ctx.pub) {
    let y = ctx.pub.y;
    if (ctx.future) {
      if (cmp(last(y), ctx.pub) < 0) y += 1;
    } else if (cmp(first(y), ctx.pub) > 0) {
      y -= 1;
    }
    return y;
  }
  if (ctx.pubYear !== null) {
    // a publication month orders the months as a day would; a year alone is taken as it is
    if (ctx.pubMonth === null) return ctx.pubYear;
    if (ctx.future) return m < ctx.pubMonth ? ctx.pubYear + 1 : ctx.pubYear;
    return m > ctx.pubMonth ? ctx.pubYear - 1 : ctx.pubYear;
  }
  return null;
}

function partRange(y: number, m: number, part: Part): [YMD, YMD] {
  if (part === 'early') return [ymd(y, m, 1), ymd(y, m, 10)];
  if (part === 'mid') return [ymd(y, m, 11), ymd(y, m, 20)];
  return [ymd(y, m, 21), monthEnd(y, m)];
}

function mondayOf(p: YMD): YMD {
  return addDays(p, -((weekdayOf(p) + 6) % 7));
}

const PRECISION_RANK: Record<DatePrecision, number> = {
  day: 0,
  month: 1,
  'part-of-year': 2,
  year: 3,
  relative: 4,
  unknown: 5,
};

/**
 * A publication month or year stands in for the publication day where only the month or the
 * year counts: "last month" in a story of June 2023 is May 2023, "last year" in one of 2023 is
 * 2022; "on Monday" in either stays unresolved.
 */
function partialPub(ctx: Ctx, unit: string): YMD | null {
  if (ctx.pubYear === null) return null;
  if (unit === 'year') return ymd(ctx.pubYear, ctx.pubMonth ?? 1, 1);
  if (unit === 'month' && ctx.pubMonth !== null) return ymd(ctx.pubYear, ctx.pubMonth, 1);
  return null;
}

function resolveSem(sem: Sem, ctx: Ctx): Resolved {
  switch (sem.k) {
    case 'day': {
      let y = sem.y ?? inferYear(sem.m, sem.d, ctx);
      // "Monday June 17" in a 2019 story is 2019's, not 2018's (a Sunday): the year next to the
      // one inferred whose date falls on the weekday written, when the inferred one's does not
      if (y !== null && sem.wd !== undefined && isValid(y, sem.m, sem.d) && weekdayOf(ymd(y, sem.m, sem.d)) !== sem.wd) {
        // (within a year of the story's: a weekday that fits no year near it is a slip of the writer's)
        const storyYear = ctx.pub?.y ?? ctx.pubYear;
        const fits = [y + 1, y - 1].find((z) => isValid(z, sem.m, sem.d) && weekdayOf(ymd(z, sem.m, sem.d)) === sem.wd && (storyYear === null || Math.abs(z - storyYear) <= 1));
        if (fits !== undefined) y = fits;
      }
      if (y === null || !isValid(y, sem.m, sem.d)) return RELATIVE;
      const p = ymd(y, sem.m, sem.d);
      return { start: p, end: p, precision: 'day', explicitYear: sem.y !== null };
    }
    case 'month': {
      // "in June", "since September": a bare month reads against publication ("since September"
      // in a 2025 story is September 2025) unless this very sentence set the scene.
      const monthCtx = ctx.pub && !ctx.sentenceAnchor ? { ...ctx, anchor: null } : ctx;
      const y = sem.y ?? inferYear(sem.m, null, monthCtx);
      if (y === null || sem.m < 1 || sem.m > 12) return { ...RELATIVE, part: sem.part };
      const [a, b] = sem.part ? partRange(y, sem.m, sem.part) : [monthStart(y, sem.m), monthEnd(y, sem.m)];
      return { start: a, end: b, precision: 'month', part: sem.part, explicitYear: sem.y !== null };
    }
    case 'year':
      return { start: ymd(sem.y, 1, 1), end: ymd(sem.y, 12, 31), precision: 'year', explicitYear: true };
    case 'yearPart': {
      const ey = sem.y + sem.toYearOffset;
      return {
        start: monthStart(sem.y, sem.fromM),
        end: monthEnd(ey, sem.toM),
        precision: 'part-of-year',
        part: sem.part,
        explicitYear: true,
      };
    }
    case 'decade': {
      const [a, b] = sem.part === 'early' ? [0, 3] : sem.part === 'mid' ? [3, 6] : sem.part === 'late' ? [6, 9] : [0, 9];
      return { start: ymd(sem.y + a, 1, 1), end: ymd(sem.y + b, 12, 31), precision: 'year', part: sem.part };
    }
    case 'range': {
      // a year missing on one side comes from the other ("January to March 2024")
      let a = sem.a;
      let b = sem.b;
      const yearOf = (x: Sem) => (x.k === 'day' || x.k === 'month' ? x.y : null);
      const ya = yearOf(a);
      const yb = yearOf(b);
      if ((a.k === 'day' || a.k === 'month') && ya === null && yb !== null && (b.k === 'day' || b.k === 'month'))
        a = { ...a, y: a.m > b.m ? yb - 1 : yb };
      if ((b.k === 'day' || b.k === 'month') && yb === null && ya !== null && (a.k === 'day' || a.k === 'month'))
        b = { ...b, y: b.m < a.m ? ya + 1 : ya };
      const ra = resolveSem(a, ctx);
      // neither side has a year ("from 10 to 12 June"): the end follows the start
      if ((b.k === 'day' || b.k === 'month') && b.y === null && ra.start && (a.k === 'day' || a.k === 'month'))
        b = { ...b, y: b.m < a.m ? ra.start.y + 1 : ra.start.y };
      const rb = resolveSem(b, ctx);
      if (!ra.start || !rb.end || cmp(rb.end, ra.start) < 0) return RELATIVE;
      const precision = PRECISION_RANK[ra.precision] >= PRECISION_RANK[rb.precision] ? ra.precision : rb.precision;
      return { start: ra.start, end: rb.end, precision };
    }
    case 'weekday': {
      if (!ctx.pub) return RELATIVE;
      const pw = weekdayOf(ctx.pub);
      const back = (pw - sem.wd + 7) % 7; // days back to the most recent such weekday (0 = same day)
      const fwd = (sem.wd - pw + 7) % 7;
      let p: YMD;
      if (sem.mode === 'last') p = addDays(ctx.pub, -(back === 0 ? 7 : back));
      else if (sem.mode === 'next') p = addDays(ctx.pub, fwd === 0 ? 7 : fwd);
      else if (ctx.future) p = addDays(ctx.pub, fwd);
      else p = addDays(ctx.pub, -back);
      return { start: p, end: p, precision: 'day' };
    }
    case 'pub': {
      const pub = ctx.pub ?? partialPub(ctx, sem.unit);
      if (!pub) return RELATIVE;
      switch (sem.unit) {
        case 'day': {
          const p = addDays(pub, sem.n);
          return { start: p, end: p, precision: 'day' };
        }
        case 'week': {
          if (sem.calendar) {
            const a = addDays(mondayOf(pub), 7 * sem.n);
            return { start: a, end: addDays(a, 6), precision: 'relative' };
          }
          const p = addDays(pub, 7 * sem.n);
          return { start: p, end: p, precision: 'day', approximate: true };
        }
        case 'weekend': {
          const pw = weekdayOf(pub);
          let sat: YMD;
          if (sem.n > 0 || (sem.n === 0 && ctx.future)) {
            const ahead = (6 - pw + 7) % 7;
            sat = addDays(pub, sem.n > 0 && ahead === 0 ? 7 : ahead);
          } else {
            // the most recent weekend (the current one on a Saturday or Sunday)
            sat = pw === 6 ? pub : pw === 0 ? addDays(pub, -1) : addDays(pub, -(pw + 1));
            if (sem.n < 0 && (pw === 6 || pw === 0)) sat = addDays(sat, -7);
          }
          return { start: sat, end: addDays(sat, 1), precision: 'relative' };
        }
        case 'month': {
          const t = addMonths(pub.y, pub.m, sem.n);
          return {
            start: monthStart(t.y, t.m),
            end: monthEnd(t.y, t.m),
            precision: 'month',
            ...(sem.calendar ? {} : { approximate: true }),
          };
        }
        case 'year': {
          const y = pub.y + sem.n;
          return {
            start: ymd(y, 1, 1),
            end: ymd(y, 12, 31),
            precision: 'year',
            ...(sem.calendar ? {} : { approximate: true }),
          };
        }
      }
      return RELATIVE;
    }
    case 'pubSpan': {
      const pub = ctx.pub;
      if (!pub) return RELATIVE;
      let a: YMD;
      if (sem.unit === 'day') a = addDays(pub, -sem.n);
      else if (sem.unit === 'week') a = addDays(pub, -7 * sem.n);
      else {
        const t = addMonths(pub.y, pub.m, sem.unit === 'month' ? -sem.n : -12 * sem.n);
        a = ymd(t.y, t.m, Math.min(pub.d, daysInMonth(t.y, t.m)));
      }
      return { start: a, end: pub, precision: 'relative' };
    }
    case 'pubPart': {
      const pub = ctx.pub ?? partialPub(ctx, sem.unit);
      if (!pub) return { ...RELATIVE, part: sem.part };
      if (sem.unit === 'month') {
        const t = addMonths(pub.y, pub.m, sem.n);
        const [a, b] = partRange(t.y, t.m, sem.part);
        return { start: a, end: b, precision: 'month', part: sem.part };
      }
      const y = pub.y + sem.n;
      const [fromM, toM] = sem.part === 'early' ? [1, 4] : sem.part === 'mid' ? [5, 8] : [9, 12];
      return { start: monthStart(y, fromM), end: monthEnd(y, toM), precision: 'part-of-year', part: sem.part };
    }
    case 'pubSeason': {
      const pub = ctx.pub;
      if (!pub) return RELATIVE;
      // the occurrence of the season in the publication year, then step
      const s = seasonMonths(sem.season);
      const occ = (y: number) => {
        const r = resolveSem(seasonSem(sem.season, y), ctx);
        return r as { start: YMD; end: YMD };
      };
      let y = pub.y - s.yearShift;
      if (sem.which === -1) {
        while (cmp(occ(y).end, pub) >= 0) y -= 1;
      } else if (sem.which === 1) {
        while (cmp(occ(y).start, pub) <= 0) y += 1;
      } else if (sem.season === 'winter' && pub.m === 12) {
        y += 1; // "this winter" in December is the winter that began this month
      }
      return { ...occ(y), precision: 'part-of-year' };
    }
    case 'ana': {
      if (sem.unit === 'day' || sem.unit === 'week') {
        const base = ctx.lastDay;
        if (!base) return RELATIVE;
        if (sem.unit === 'day') {
          const p = addDays(base, sem.n);
          return { start: p, end: p, precision: 'day' };
        }
        if (sem.calendar) {
          const a = addDays(mondayOf(base), 7 * sem.n);
          return { start: a, end: addDays(a, 6), precision: 'relative' };
        }
        const p = addDays(base, 7 * sem.n);
        return { start: p, end: p, precision: 'day', approximate: true };
      }
      if (sem.unit === 'month') {
        const base = ctx.lastDay ?? (ctx.anchor?.m ? ymd(ctx.anchor.y, ctx.anchor.m, 1) : null);
        if (!base) return RELATIVE;
        const t = addMonths(base.y, base.m, sem.n);
        return {
          start: monthStart(t.y, t.m),
          end: monthEnd(t.y, t.m),
          precision: 'month',
          ...(sem.calendar ? {} : { approximate: true }),
        };
      }
      const y0 = ctx.anchor?.y ?? ctx.lastDay?.y;
      if (y0 === undefined) return RELATIVE;
      const y = y0 + sem.n;
      return { start: ymd(y, 1, 1), end: ymd(y, 12, 31), precision: 'year' };
    }
    case 'vague':
      return RELATIVE;
  }
}

// ---------------------------------------------------------------------------------------------
// The resolver

/** The day a dateline's date names ("Feb 10", "March 7, 2024"), its year from the publication. */
function datelineDay(text: string, ctx: Ctx): YMD | null {
  for (const c of select([...customCandidates(text), ...chronoCandidates(text)])) {
    if (c.sem.k !== 'day') continue;
    const r = resolveSem(c.sem, ctx);
    if (r.precision === 'day' && r.start) return r.start;
  }
  return null;
}

/** A date the text does not give: an event or statement left undated. */
export const UNKNOWN_DATE: FactDate = { start: null, end: null, precision: 'unknown', text: '' };

/**
 * A resolver for one article's sentences, in order. `published` is the publication date at its
 * precision (YYYY-MM-DD, YYYY-MM or YYYY). `dateline` is the date of a wire dateline ("Feb 10" in
 * "CAIRO, Feb 10 (Reuters) -"): the day the story was filed, which "on Monday" and "yesterday"
 * count from; its year comes from the publication date.
 */
export function createDateResolver(published: string | null, dateline: string | null = null): DateResolver {
  const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(published?.trim() ?? '');
  const pubYear = partial ? Number(partial[1]) : null;
  const pubMonth = partial?.[2] ? Number(partial[2]) : null;
  const published_ = parseIso(published);
  const filed = dateline ? datelineDay(dateline, { pub: published_, pubYear, pubMonth, anchor: null, sentenceAnchor: null, lastDay: null, future: false }) : null;
  const pub = filed ?? published_;
  let anchor: Anchor | null = null;
  let lastDay: YMD | null = null;

  return {
    filed: filed ? iso(filed) : null,
    resolve(sentence: string): DateMention[] {
      if (!sentence) return [];
      const cands = widen(
        sentence,
        select([...customCandidates(sentence), ...chronoCandidates(sentence)]),
      );

      // A relative clause tells background ("The war, which began in April 2023, has killed ..."):
      // its dates resolve as usual but do not set the time the story goes on in.
      const background = [...sentence.matchAll(/,\s*(?:who|which|whose|whom)\b[^,;]*(?:,|$)/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
      const inBackground = (at: number) => background.some(([a, b]) => at >= a && at < b);
      // anchors found in this sentence: a full explicit date outranks a month + year
      let sentFull: Anchor | null = null;
      let sentMonth: Anchor | null = null;
      const out: DateMention[] = [];

      for (const c of cands) {
        if (c.dropUndated && !pub) continue;
        const ctx: Ctx = {
          pub,
          pubYear,
          pubMonth,
          anchor: sentFull ?? sentMonth ?? anchor,
          sentenceAnchor: sentFull ?? sentMonth,
          lastDay,
          future: futureAt(sentence, c.start),
        };
        const r = resolveSem(c.sem, ctx);
        const text = sentence.slice(c.start, c.end);
        const start = r.start ? iso(r.start) : null;
        let end = r.end ? iso(r.end) : null;
        if (c.open && start) end = null;
        const date: FactDate = { start, end, precision: r.precision, text };
        if (r.part) date.part = r.part;
        if (c.approx || r.approximate) date.approximate = true;
        out.push({ text, start: c.start, end: c.end, date });

        // context updates
        // (nor a defining clause: "a sting that began in August 2010 led to his arrest in March" is March of the story's year)
        if (inBackground(c.start) || /\b(?:that|which|who)\s+(?:[\w'’-]+\s+){0,2}?(?:\w+ed|began|begun|ran|came|went|took|set|held|won|broke)\s+(?:[\w'’-]+\s+){0,3}$/i.test(sentence.slice(0, c.start))) continue;
        if (r.precision === 'day' && r.start && r.end && cmp(r.start, r.end) === 0) {
          lastDay = r.start;
          if (c.sem.k === 'day' && r.explicitYear && !c.approx) sentFull = { y: r.start.y, m: r.start.m, d: r.start.d };
        }
        if (
          c.sem.k === 'month' &&
          r.explicitYear &&
          r.start &&
          !c.open &&
          !c.approx &&
          !/^since\b/i.test(text)
        ) {
          sentMonth = { y: r.start.y, m: r.start.m, d: null };
        }
      }
      anchor = sentFull ?? sentMonth ?? anchor;
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Formatting and sorting

function fmtDay(p: YMD): string {
  return `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
}

function fmtMonth(p: YMD): string {
  return `${MONTHS[p.m - 1]} ${p.y}`;
}

function fmtDayRange(a: YMD, b: YMD): string {
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.y}`;
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m - 1]} – ${fmtDay(b)}`;
  return `${fmtDay(a)} – ${fmtDay(b)}`;
}

function fmtMonthRange(a: YMD, b: YMD): string {
  if (a.y === b.y && a.m === b.m) return fmtMonth(a);
  if (a.y === b.y) return `${MONTHS[a.m - 1]}–${MONTHS[b.m - 1]} ${a.y}`;
  return `${fmtMonth(a)} – ${fmtMonth(b)}`;
}

function isMonthStart(p: YMD): boolean {
  return p.d === 1;
}

function isMonthEnd(p: YMD): boolean {
  return p.d === daysInMonth(p.y, p.m);
}

/** Text of a date phrase without a leading preposition, for "Wednesday (article undated)". */
function bareText(text: string): string {
  return text
    .trim()
    .replace(/^(?:on|in|at|during)\s+/i, '')
    .replace(/[\s,;:.]+$/, '');
}

function fmtPartOfYear(a: YMD, b: YMD, part: Part | null | undefined): string {
  if (part && a.y === b.y) return part === 'mid' ? `mid-${a.y}` : `${part} ${a.y}`;
  const months = `${a.m}-${b.m}`;
  if (a.y === b.y) {
    switch (months) {
      case '1-6':
        return `the first half of ${a.y}`;
      case '7-12':
        return `the second half of ${a.y}`;
      case '1-3':
        return `Q1 ${a.y}`;
      case '4-6':
        return `Q2 ${a.y}`;
      case '7-9':
        return `Q3 ${a.y}`;
      case '10-12':
        return `Q4 ${a.y}`;
      case '3-5':
        return `spring ${a.y}`;
      case '6-8':
        return `summer ${a.y}`;
      case '9-11':
        return `autumn ${a.y}`;
    }
  } else if (b.y === a.y + 1 && months === '12-2') {
    return `winter ${a.y}–${String(b.y).slice(2)}`;
  }
  return fmtMonthRange(a, b);
}

/** Human text for answers: "21 January 2025", "late November 2020", "Wednesday (article undated)". */
export function formatFactDate(d: FactDate): string {
  const a = parseIso(d.start);
  const b = parseIso(d.end);
  if (!a) {
    const t = bareText(d.text);
    if (d.precision === 'unknown') return t || 'date unknown';
    if (!t) return 'date unknown';
    // "two days later", "a day before the vote": relative to something else the text mentions
    if (/\b(?:later|earlier|afterwards?|before|after)\b|\bthe\s+(?:next|following|previous|preceding|prior|same)\b/i.test(t))
      return `${t} (exact date unknown)`;
    return `${t} (article undated)`;
  }
  const around = d.approximate ? 'around ' : '';
  if (!b) {
    // open-ended: "from February 2015 onwards"
    const first =
      d.precision === 'day'
        ? fmtDay(a)
        : d.precision === 'month'
          ? fmtMonth(a)
          : d.precision === 'year' && a.m === 1 && a.d === 1
            ? String(a.y)
            : fmtDay(a);
    return `from ${around}${first} onwards`;
  }
  let s: string;
  switch (d.precision) {
    case 'day':
      s = cmp(a, b) === 0 ? fmtDay(a) : fmtDayRange(a, b);
      break;
    case 'month':
      if (d.part && a.y === b.y && a.m === b.m) s = `${d.part} ${fmtMonth(a)}`;
      else if (isMonthStart(a) && isMonthEnd(b)) s = fmtMonthRange(a, b);
      else s = fmtDayRange(a, b);
      break;
    case 'year':
      if (a.y === b.y) s = String(a.y);
      else if (a.y % 10 === 0 && b.y === a.y + 9) s = `the ${a.y}s`;
      else if (d.part && Math.floor(a.y / 10) === Math.floor(b.y / 10))
        s = `the ${d.part === 'mid' ? 'mid-' : `${d.part} `}${Math.floor(a.y / 10) * 10}s`;
      else s = `${a.y}–${b.y}`;
      break;
    case 'part-of-year':
      s = fmtPartOfYear(a, b, d.part);
      break;
    case 'relative': {
      const days = Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
      if (days === 6 && weekdayOf(a) === 1) s = `the week of ${fmtDay(a)}`;
      else if (days === 1 && weekdayOf(a) === 6) s = `the weekend of ${fmtDayRange(a, b)}`;
      else if (days === 0) s = fmtDay(a);
      else s = fmtDayRange(a, b);
      break;
    }
    default:
      s = cmp(a, b) === 0 ? fmtDay(a) : fmtDayRange(a, b);
  }
  // the text does not date it itself: the day the story reports
  if (d.inferred) return `${around}${s} (${d.precision === 'month' ? 'month' : 'day'} reported)`;
  return around + s;
}

/**
 * A key that sorts dates chronologically: by first day, then by last day (narrower first), then by
 * precision. Dates with no known day (relative in an undated article, unknown) sort last.
 */
export function dateSortKey(d: FactDate): string {
  if (!d.start) return `~|${PRECISION_RANK[d.precision]}|${d.text}`;
  return `${d.start}|${d.end ?? '9999-12-31'}|${PRECISION_RANK[d.precision]}`;
}
