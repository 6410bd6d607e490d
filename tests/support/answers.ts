// Generated answers of every kind and size, for the renderer limit tests.
import type {
  ActorProfile,
  ActorRef,
  Answer,
  Brief,
  Choices,
  CitationRef,
  Dates,
  EventLine,
  Help,
  Link,
  NotFound,
  Problem,
  Quotes,
  SearchHit,
  SearchHits,
  Sources,
  Timeline,
} from '../../src/briefing/answers.ts';
import type { ArticleRef } from '../../src/domain.ts';

/** Everything that must stay text in Discord and Slack. */
export const HOSTILE =
  '@everyone @here <@123456> <@!123456> <@&987> <#42> </cmd:1> <t:1700000000:R> <!channel> <!here> <@U123> ' +
  '[click](https://evil.example) **bold** __under__ ~~strike~~ `code` ||spoiler|| > quoted # heading - item <https://x.example|y> & done';

export interface GenOptions {
  /** Repeat filler to make each text this long (about). */
  long?: number;
  hostile?: boolean;
  /** Article URLs: normal, none, or absurdly long / hostile. */
  urls?: 'normal' | 'none' | 'long' | 'hostile';
}

function filler(base: string, o: GenOptions): string {
  let s = o.hostile ? `${base} ${HOSTILE}` : base;
  const pad = ' and the court heard further submissions from counsel for both parties';
  while (o.long && s.length < o.long) s += pad;
  return s;
}

export function article(i: number, o: GenOptions = {}): ArticleRef {
  const url =
    o.urls === 'none'
      ? null
      : o.urls === 'long'
        ? `https://news.example/${'a'.repeat(600)}/${i}`
        : o.urls === 'hostile'
          ? `https://evil.example/a)b](x) <@1>|y ${i}`
          : `https://news.example/2025/01/story-${i}`;
  return {
    id: i,
    title: filler(`Article ${i}`, { ...o, long: o.long ? Math.min(o.long, 400) : 0 }),
    url,
    path: `/data/${i}.txt`,
    published: '2025-01-21',
    byline: 'A. Reporter',
    sources: ['AP'],
  };
}

export function citations(n: number, o: GenOptions = {}): CitationRef[] {
  return Array.from({ length: n }, (_, k) => ({
    n: k + 1,
    article: article(k % 7, o),
    sentenceIndex: k,
    sentence: filler(`Sentence SRC${k + 1}Z says so.`, o),
  }));
}

export function event(i: number, o: GenOptions = {}, cite = i + 1): EventLine {
  const dated = i % 11 !== 10;
  return {
    id: i,
    type: 'arrest',
    summary: filler(`EVT${i}Z Najeem Almasri arrested by Italian authorities`, o),
    date: dated
      ? { start: '2025-01-19', end: '2025-01-19', precision: 'day', text: 'On January 19th' }
      : { start: null, end: null, precision: 'unknown', text: '' },
    when: dated ? '19 January 2025' : 'undated',
    place: o.hostile ? `Turin ${HOSTILE}` : 'Turin',
    participants: [{ id: 1, name: 'Najeem Almasri', part: 'subject' }],
    cite,
  };
}

export function timeline(n: number, o: GenOptions = {}, range: Timeline['range'] = { from: null, to: null }): Timeline {
  return {
    kind: 'timeline',
    subject: filler('Almasri', { ...o, long: 0 }),
    actor: null,
    range,
    events: Array.from({ length: n }, (_, i) => event(i, o)),
    citations: citations(n, o),
  };
}

export function dates(n: number, o: GenOptions = {}): Dates {
  return {
    kind: 'dates',
    query: filler('when was Almasri arrested', { ...o, long: 0 }),
    actor: { id: 1, name: 'Najeem Almasri', type: 'person', role: 'police chief' },
    events: Array.from({ length: n }, (_, i) => event(i, o)),
    sentences: [],
    citations: citations(n, o),
  };
}

/** /when answered from dated sentences: `n` of them, each cited. */
export function datedSentences(n: number, o: GenOptions = {}): Dates {
  return {
    kind: 'dates',
    query: filler('when did the quake strike', { ...o, long: 0 }),
    actor: null,
    events: [],
    sentences: Array.from({ length: n }, (_, i) => ({ date: { start: '2014-04-01', end: '2014-04-01', precision: 'day', text: 'Tuesday' }, when: filler(`DAT${i}Z 1 April 2014`, { ...o, long: 0 }), cite: i + 1 })),
    citations: citations(n, o),
  };
}

export function hit(i: number, o: GenOptions = {}): SearchHit {
  return {
    kind: i % 3 === 0 ? 'sentence' : i % 3 === 1 ? 'event' : 'quote',
    also: i % 5 === 0 ? ['event', 'quote'] : [],
    cite: i + 1,
    segments: [
      { text: filler(`HIT${i}Z The prosecutor said`, o), hit: false },
      { text: ' Almasri ', hit: true },
      { text: o.hostile ? HOSTILE : 'was released on Tuesday.', hit: false },
    ],
  };
}

/** `hits` returned in groups of `perGroup`, `total` matches in all. */
export function search(hits: number, total = hits, o: GenOptions = {}, perGroup = 4): SearchHits {
  const groups: SearchHits['groups'] = [];
  for (let i = 0; i < hits; i++) {
    if (i % perGroup === 0) groups.push({ article: article(groups.length, o), hits: [] });
    groups[groups.length - 1]!.hits.push(hit(i, o));
  }
  return { kind: 'search', query: filler('Almasri released', { ...o, long: 0 }), total, groups, citations: citations(hits, o) };
}

export function profile(n: number, o: GenOptions = {}): ActorProfile {
  return {
    kind: 'profile',
    actor: {
      id: 1,
      name: filler('Najeem Almasri', { ...o, long: o.long ? 1000 : 0 }),
      type: 'person',
      role: 'police chief',
      aliases: Array.from({ length: n }, (_, i) => `Alias ${i}${o.hostile ? ` ${HOSTILE}` : ''}`),
    },
    roles: Array.from({ length: n }, (_, i) => ({ title: filler(`ROLE${i}Z head of the judicial police`, o), organization: 'Mitiga prison', cite: i + 1 })),
    credits: Array.from({ length: Math.min(n, 5) }, (_, i) => ({ role: ['author', 'reporter', 'writer', 'editor', 'photographer'][i]!, articles: i + 1, cite: i + 1 })),
    people: Array.from({ length: n }, (_, i) => ({ id: 100 + i, name: filler(`PPL${i}Z Osama Njeem`, o), role: i % 2 ? filler('deputy head of the judicial police', o) : null, cite: i % 3 ? i + 1 : null })),
    affiliations: Array.from({ length: n }, (_, i) => `Affiliation ${i}`),
    events: Array.from({ length: n }, (_, i) => event(i, o)),
    quotes: Array.from({ length: n }, (_, i) => ({ id: i, speaker: 'Almasri', words: filler(`QUO${i}Z We did nothing wrong`, o), when: '21 January 2025', cite: i + 1 })),
    articles: Array.from({ length: Math.min(n, 5) }, (_, i) => article(i, o)),
    citations: citations(n, o),
  };
}

export function choices(n: number, o: GenOptions = {}): Choices {
  return {
    kind: 'choices',
    query: filler('Haftar', { ...o, long: 0 }),
    choices: Array.from({ length: n }, (_, i) => ({ id: i, name: filler(`CHO${i}Z Haftar`, o), type: 'person', role: i % 2 ? 'Field Marshal' : null })),
  };
}

export function notFound(what: NotFound['what'], suggestions: number, o: GenOptions = {}): NotFound {
  return {
    kind: 'not-found',
    query: filler('Almasrii', o),
    what,
    suggestions: Array.from({ length: suggestions }, (_, i) => filler(`Suggestion ${i}`, { ...o, long: 0 })),
  };
}

export function help(n: number, o: GenOptions = {}): Help {
  return {
    kind: 'help',
    commands: Array.from({ length: n }, (_, i) => ({
      name: `cmd${i}`,
      description: filler(`CMD${i}Z Shows something useful`, o),
      usage: `/cmd${i} SUBJECT [from:VALUE] [to:VALUE]`,
      options: Array.from({ length: Math.min(n, 30) }, (_, j) => ({ name: `opt${j}`, description: filler('An option', o), required: j === 0 })),
      examples: Array.from({ length: Math.min(n, 20) }, (_, j) => `/cmd${i} Almasri ${j}`),
      managersOnly: false,
    })),
  };
}

function actorRef(i: number, o: GenOptions): ActorRef {
  return { id: i, name: filler(`ACT${i}Z Khalifa Haftar`, o), type: 'person', role: filler('Field Marshal', o) };
}

function quoteLine(i: number, o: GenOptions) {
  return { id: i, speaker: filler(`Speaker ${i}`, { ...o, long: 0 }), words: filler(`QUO${i}Z We did nothing wrong`, o), when: '21 January 2025', cite: i + 1 };
}

export function brief(n: number, o: GenOptions = {}, topic = false): Brief {
  return {
    kind: 'brief',
    subject: filler('Mitiga prison', { ...o, long: 0 }),
    actor: topic ? null : actorRef(0, o),
    actors: Array.from({ length: Math.min(n, 5) }, (_, i) => actorRef(i + 1, o)),
    events: Array.from({ length: Math.min(n, 5) }, (_, i) => event(i, o)),
    earlier: Math.max(0, n - 5),
    quotes: Array.from({ length: Math.min(n, 2) }, (_, i) => quoteLine(i, o)),
    sentences: Array.from({ length: Math.min(n, 3) }, (_, i) => i + 1),
    articles: Array.from({ length: n }, (_, i) => article(i, o)),
    citations: citations(Math.min(n, 7), o),
  };
}

export function quotes(n: number, o: GenOptions = {}): Quotes {
  return { kind: 'quotes', actor: actorRef(0, o), quotes: Array.from({ length: n }, (_, i) => quoteLine(i, o)), citations: citations(n, o) };
}

export function link(n: number, o: GenOptions = {}): Link {
  return {
    kind: 'link',
    a: actorRef(0, o),
    b: actorRef(1, o),
    ties: Array.from({ length: Math.min(n, 4) }, (_, i) => ({ text: filler(`TIE${i}Z General Commander of the Libyan National Army`, o), cite: i % 2 ? null : i + 1 })),
    events: Array.from({ length: n }, (_, i) => event(i, o)),
    sentences: Array.from({ length: n }, (_, i) => i + 1),
    nearby: [],
    through: n ? [] : Array.from({ length: 5 }, (_, i) => actorRef(i + 2, o)),
    articles: Array.from({ length: Math.min(n, 50) }, (_, i) => article(i, o)),
    citations: citations(n, o),
  };
}

/** Two named in the same articles, never in one sentence: the nearest sentences naming each. */
export function linkNearby(o: GenOptions = {}): Link {
  return { ...link(0, o), nearby: [1, 2], citations: citations(2, o) };
}

export function sources(n: number, o: GenOptions = {}): Sources {
  return { kind: 'sources', subject: filler('Almasri', { ...o, long: 0 }), actor: n % 2 ? actorRef(0, o) : null, articles: Array.from({ length: n }, (_, i) => ({ article: article(i, o), mentions: i })) };
}

export function problem(o: GenOptions = {}): Problem {
  return { kind: 'problem', message: filler('That command needs a subject.', o) };
}

/** Every kind at every size, named for the test table. */
export function allAnswers(): [string, Answer][] {
  const out: [string, Answer][] = [];
  const variants: [string, GenOptions][] = [
    ['plain', {}],
    ['long', { long: 2500 }],
    ['hostile', { hostile: true }],
    ['no urls', { urls: 'none', long: 600 }],
    ['long urls', { urls: 'long' }],
    ['hostile urls', { urls: 'hostile', hostile: true, long: 800 }],
  ];
  for (const [v, o] of variants) {
    for (const n of [0, 1, 3, 25, 400, 5000]) {
      out.push([`timeline ${n} ${v}`, timeline(n, o)]);
      out.push([`dates ${n} ${v}`, dates(n, o)]);
      out.push([`dated sentences ${n} ${v}`, datedSentences(n, o)]);
    }
    out.push([`timeline ranged empty ${v}`, timeline(0, o, { from: '2025-01', to: '2025-06' })]);
    for (const [h, t] of [
      [0, 0],
      [1, 1],
      [5, 5],
      [300, 300],
      [300, 12000],
    ] as const)
      out.push([`search ${h}/${t} ${v}`, search(h, t, o)]);
    for (const n of [0, 1, 4, 200]) out.push([`profile ${n} ${v}`, profile(n, o)]);
    for (const n of [1, 3, 100]) out.push([`choices ${n} ${v}`, choices(n, o)]);
    for (const n of [0, 1, 3, 25, 400, 5000]) {
      out.push([`brief ${n} ${v}`, brief(n, o)]);
      out.push([`brief topic ${n} ${v}`, brief(n, o, true)]);
      out.push([`quotes ${n} ${v}`, quotes(n, o)]);
      out.push([`link ${n} ${v}`, link(n, o)]);
      out.push([`sources ${n} ${v}`, sources(n, o)]);
    }
    out.push([`notice ${v}`, { kind: 'notice', title: filler('Article removed from the index', o), lines: [filler('An article title', o), filler('With it: 3 events', o)] }]);
    for (const w of ['actor', 'event', 'command', 'text', 'subject', 'article'] as const) out.push([`not-found ${w} ${v}`, notFound(w, w === 'actor' ? 50 : 0, o)]);
    for (const n of [1, 8, 200]) out.push([`help ${n} ${v}`, help(n, o)]);
    out.push([`problem ${v}`, problem(o)]);
  }
  return out;
}
