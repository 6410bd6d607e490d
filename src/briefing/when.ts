// /when WORDS and /timeline NAME|TOPIC: events found by who they involve and what happened.
// "/when Almasri released" = the actor named in the words + the kind of event the other words name.
import type { Actor, Event, EventType } from '../domain.ts';
import { createDateResolver, dateSortKey, formatFactDate } from '../extract/dates.ts';
import { foldName, nameKey } from '../search/keys.ts';
import { eventTypeForWord } from '../extract/triggers.ts';
import type { Store } from '../store/index.ts';
import { resolveActor } from '../search/resolve.ts';
import type { Answer, Timeline } from './answers.ts';
import { Citations, actorRef, datedFirst, eventLine } from './facts.ts';
import { choiceOf } from './subject.ts';

// Besides function words, the helpers of a question as people ask it: "when did Almasri get
// arrested", "when was Benali released", "when will the talks happen".
const STOPWORDS = new Set(
  `the a an of in on at to for by with was were is are did does do when what who whom where which and or from about has have had been be being his her their its
   get gets got gotten getting will would happen happens happened happening`.split(/\s+/),
);

interface Parsed {
  actor: Actor | null;
  ambiguous: Actor[] | null;
  types: Set<EventType>;
  /** Words that are neither the actor's name nor an event type: matched against the sentence. */
  rest: string[];
  /** The actor's name opens the question ("serena beat halep"): the one who did it, when two are named. */
  actorFirst?: boolean;
}

/**
 * A /when question names someone and what happened in a few words. Every run of up to five
 * words is tried as a name, so the words are capped: 2,000 characters of dashes and operators
 * would otherwise be thousands of name lookups while other users wait.
 */
export const MAX_WHEN_WORDS = 12;

/** The words of a query; marks standing alone ("-", "&&", "?") are no words. */
export function queryWords(query: string): string[] {
  return query.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Split a query into the actor it names (the longest run of words that resolves) and the rest. */
export function parseEventQuery(store: Store, query: string): Parsed {
  const words = queryWords(query).slice(0, MAX_WHEN_WORDS);
  for (let len = Math.min(5, words.length); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const span = words.slice(i, i + len);
      if (span.every((w) => STOPWORDS.has(w.toLowerCase()) || eventTypeForWord(w))) continue;
      const r = resolveActor(store, span.join(' '));
      if (r.kind === 'none') continue;
      const others = [...words.slice(0, i), ...words.slice(i + len)];
      const { types, rest } = splitTypes(others);
      if (r.kind === 'ambiguous') return { actor: null, ambiguous: r.actors, types, rest };
      const actorFirst = words.slice(0, i).every((w) => STOPWORDS.has(w.toLowerCase()));
      return { actor: r.actor, ambiguous: null, types, rest, actorFirst };
    }
  }
  return { actor: null, ambiguous: null, ...splitTypes(words) };
}

function splitTypes(words: string[]): { types: Set<EventType>; rest: string[] } {
  const types = new Set<EventType>();
  const rest: string[] = [];
  for (const w of words) {
    const t = eventTypeForWord(w.replace(/[?!.,]+$/, ''));
    if (t) types.add(t);
    else if (!STOPWORDS.has(w.toLowerCase())) rest.push(w.replace(/[?!.,]+$/, ''));
  }
  return { types, rest };
}

/** A word's stem for matching: "sentenced", "sentencing" and "sentences" all give "sentenc". */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 4) return w;
  const s = w.replace(/(?:ings|ing|ed|es|s|ment|ments|ion|ions)$/, '');
  return s.length >= 4 ? s.replace(/e$/, '') : w;
}

/**
 * Words news uses for one happening, by stem: "/when earthquake hit" finds "the quake struck". The
 * kinds of event (triggers.ts) cover acts done to people; these are happenings of nature, which
 * the rules keep in the text's own words.
 */
const WORD_KIN: Record<string, string[]> = {
  earthquak: ['quake', 'tremor'],
  quake: ['earthquak', 'tremor'],
  tremor: ['quake', 'earthquak'],
  hit: ['struck', 'jolt', 'rock'],
  struck: ['hit', 'jolt', 'rock'],
  flood: ['inundat', 'deluge'],
  storm: ['cyclon', 'hurrican', 'typhoon'],
  fire: ['blaze', 'bushfir', 'wildfir'],
  blaze: ['fire'],
  bushfir: ['fire', 'blaze'],
  wildfir: ['fire', 'blaze'],
};

/** A stemmed word and its kin. */
const withKin = (w: string): string[] => [w, ...(WORD_KIN[w] ?? [])];

/** The word lists to look events up by: every choice of kin for each word, at most eight. */
function kinVariants(words: string[]): string[][] {
  let out: string[][] = [[]];
  for (const w of words) out = out.flatMap((v) => withKin(w).map((k) => [...v, k])).slice(0, 8);
  return out;
}

/** Kinds of event that tell the same happening another way, for a /when nothing of its own kind answers. */
const RELATED_TYPES: Partial<Record<EventType, EventType[]>> = {
  crash: ['die', 'kill', 'injure'],
  attack: ['kill', 'injure'],
  kill: ['die', 'attack', 'crash'],
  die: ['kill', 'crash'],
  lose: ['win', 'elect'],
  win: ['elect', 'lose'],
  elect: ['win', 'vote', 'lose'],
  vote: ['elect', 'win'],
  resign: ['dismiss'],
  dismiss: ['resign'],
  convict: ['sentence'],
  sentence: ['convict'],
  // "/when john charged": the one charged appears in court on the charge, and is remanded
  charge: ['appear', 'remand'],
  appear: ['charge', 'remand'],
  remand: ['appear'],
};

/** Events in date order, undated last (dateSortKey). */
const byDate = (a: Event, b: Event) => dateSortKey(a.date).localeCompare(dateSortKey(b.date));

/** Kinds of event that are one happening for the one it involves: winning an election is being elected. */
const SAME_HAPPENING: Partial<Record<EventType, EventType[]>> = { win: ['elect'], elect: ['win'] };

/** How many of an actor's articles (latest first) a /when question looks through for an unnamed telling. */
const STORY_ARTICLES = 50;

/** How many sentences open a story: what its headline sums up ("Angola's ruling party won ... – final results"). */
const LEAD_SENTENCES = 2;

/** A sentence without what it quotes: the words someone said are not what the sentence's event did. */
const unquoted = (sentence: string) => sentence.replace(/“[^”]*”?|"[^"]*"?/g, ' ');

// (an event of the lead is also told by the headline: "/when angola final results")
// ("Tessier-Lavigne said in a statement: '... step down effective August 31'" is no stepping down on the day he said it)
const textOf = (e: Event) => foldName(`${e.summary} ${e.trigger} ${unquoted(e.citation.sentence)} ${e.place ?? ''} ${e.citation.sentenceIndex < LEAD_SENTENCES ? (e.citation.article.title ?? '') : ''}`);

/**
 * The events a /when query asks about, best first: those of the actor it names, of the kind of
 * event it names and with the other words it types; when the actor took no part in such an event,
 * those whose sentence names the actor ("/when faa grounded dreamliner": the grounding the FAA
 * ordered is told as "U.S. regulators grounded ..."). Only the best-matching tier is kept.
 */
function matching(store: Store, p: Parsed, story = true): Event[] {
  const pool = new Map<number, Event>();
  const add = (es: Event[]) => es.forEach((e) => pool.set(e.id, e));
  const names = p.actor ? [p.actor.name, ...p.actor.aliases].map(foldName) : [];
  if (p.actor) {
    add(eventsOf(store, p.actor));
    // events told in a sentence that names the actor
    const last = p.actor.name.split(/\s+/).pop()!;
    add(store.searchEvents([last]).filter((e) => names.some((n) => textOf(e).includes(n))));
  }
  // word stems, so that "sentenced" finds "sentencing" and "hearings" "hearing"
  const rest = p.rest.map((w) => stem(foldName(w)));
  if (rest.length) for (const v of kinVariants(rest)) add(store.searchEvents(v));
  if (!p.actor && !p.rest.length && p.types.size) add(store.listEvents().filter((e) => p.types.has(e.type)));
  // ("/when serena beat halep", "/when embalo won": who did it matters when another is named, or in a contest)
  const doerMatters = !!p.actorFirst && (rest.length > 0 || [...p.types].some((t) => t in SAME_HAPPENING));
  const scored = [...pool.values()].map((e) => {
    const text = textOf(e);
    const involves = !!p.actor && e.participants.some((x) => x.actorId === p.actor!.id);
    const named = !!p.actor && names.some((n) => text.includes(n));
    // ("/when embalo won": an election won is told as the election, of the one it involves)
    const typed = p.types.size === 0 || p.types.has(e.type) || (involves && [...p.types].some((t) => SAME_HAPPENING[t]?.includes(e.type)));
    const words = rest.filter((w) => withKin(w).some((k) => text.includes(k))).length;
    const ok = typed && (!p.actor || involves || named) && (rest.length === 0 || words === rest.length || (involves && words > 0));
    // "/when serena beat halep": of two matches between the same two, the one Serena did
    // (and "/when embalo won": the election he won, not the round his rival won against him)
    const did = doerMatters && e.participants.some((x) => x.actorId === p.actor!.id && x.part === 'agent');
    return { e, ok, score: (involves ? 4 : named ? 2 : 0) + words + (e.date.start ? 0.5 : 0) + (did ? 1 : 0) };
  });
  let kept = scored.filter((x) => x.ok);
  // Nothing the actor did or a sentence naming them says it: the story about them may still tell
  // it without their name ("/when stanford review launched": "a review was launched by the
  // university's board"). Events of that kind, with every other word, in the articles that name them.
  if (story && !kept.length && p.actor && (p.types.size || rest.length)) {
    const articles = store.articlesForActor(p.actor.id).slice(-STORY_ARTICLES).map((a) => a.id);
    kept = store
      .eventsInArticles(articles)
      .filter((e) => (p.types.size === 0 || p.types.has(e.type)) && rest.every((w) => withKin(w).some((k) => textOf(e).includes(k))))
      .map((e) => ({ e, ok: true, score: rest.length + (e.date.start ? 0.5 : 0) }));
  }
  const best = Math.max(...kept.map((x) => x.score));
  return kept
    .filter((x) => x.score >= best - 0.5)
    .map((x) => x.e)
    .sort(byDate);
}

export function when(store: Store, query: string): Answer {
  const q = query.trim();
  if (!q) return { kind: 'problem', message: 'Tell me what to date, for example: /when Almasri released' };
  const n = queryWords(q).length;
  if (n > MAX_WHEN_WORDS)
    return { kind: 'problem', message: `That is ${n} words; /when takes a name and what happened in up to ${MAX_WHEN_WORDS}, for example: /when Almasri released` };
  let p = parseEventQuery(store, q);
  if (p.ambiguous) {
    // Several actors share the name; the event words may tell which one is meant: the only one
    // with such an event answers ("/when graham crown court"). Otherwise the user picks.
    // (by what each of them did or is named in: two people in one story share its other events)
    const fitting = p.ambiguous.filter((a) => matching(store, { ...p, actor: a, ambiguous: null }, false).length > 0);
    if (fitting.length !== 1 || (!p.types.size && !p.rest.length)) return choiceOf(q, p.ambiguous);
    p = { ...p, actor: fitting[0]!, ambiguous: null };
  }
  if (!p.actor && !p.rest.length && !p.types.size) return { kind: 'problem', message: 'Tell me who or what, for example: /when Almasri released' };
  let hits = matching(store, p);
  // The editor's word may tell the same happening from another side: "concedes" for a result
  // stored as a win over them, "crash" for the deaths it caused.
  if (!hits.length && p.types.size) {
    const related = new Set([...p.types].flatMap((t) => RELATED_TYPES[t] ?? []));
    if (related.size) hits = matching(store, { ...p, types: related });
  }
  const cites = new Citations();
  if (!hits.length) {
    // No event tells it; a sentence with every word and a date may still answer ("/when chile earthquake").
    const words = queryWords(q)
      .map((w) => w.replace(/[?!.,]+$/, ''))
      .filter((w) => w && !STOPWORDS.has(w.toLowerCase()));
    // (the index stems each word as it stems the text, "scrubbed" finding "scrubs", and a prefix of it
    // finds the longer name a short word opens: "man city" is Manchester City)
    const dated = store.datedSentences(words, 10, true);
    if (dated.length)
      return {
        kind: 'dates',
        query: q,
        actor: p.actor ? actorRef(p.actor) : null,
        events: [],
        sentences: dated.map((d) => ({ date: d.date, when: formatFactDate(d.date), cite: cites.cite(d.citation) })),
        citations: cites.list(),
      };
    const own = p.actor ? eventsOf(store, p.actor) : [];
    // (what happened in the event's own word when its kind has no name of its own: not "/when Elazig other")
    const suggestions = [...new Set(own.map((e) => `/when ${p.actor!.name} ${e.type === 'other' ? e.trigger : e.type}`))].slice(0, 3);
    return { kind: 'not-found', query: q, what: 'event', suggestions };
  }
  return {
    kind: 'dates',
    query: q,
    actor: p.actor ? actorRef(p.actor) : null,
    events: datedFirst(hits.map((e) => eventLine(e, cites, p.actor?.id))),
    sentences: [],
    citations: cites.list(),
  };
}

/**
 * An actor's timeline: its events; for a place or a body that took part in nothing the rules could
 * tell ("/timeline wake county", "/timeline katmandu"), the events told in the sentences that name it.
 */
function timelineOf(store: Store, actor: Actor): Event[] {
  const events = eventsOf(store, actor);
  return !events.length && actor.type !== 'person' ? store.eventsNaming(actor.id).sort(byDate) : events;
}

/** Events of an actor; for a place, also the events that happened there. */
export function eventsOf(store: Store, actor: Actor): Event[] {
  const own = store.eventsForActor(actor.id);
  if (actor.type === 'organization' || actor.type === 'other') return withOfficers(store, actor, own);
  if (actor.type !== 'place') return own;
  const names = new Set([actor.name, ...actor.aliases].map((n) => nameKey(n)));
  const there = store.listEvents().filter((e) => e.place && names.has(nameKey(e.place)) && !own.some((o) => o.id === e.id));
  const all = [...own, ...there];
  return all.sort(byDate);
}

/** People of an organisation whose events its timeline reads. */
const OFFICERS = 50;

/**
 * An organisation's events and, in the articles that name it, those of the people whose roles name
 * it ("/timeline boeing": its chief executive stepping down, its new chair elected).
 */
function withOfficers(store: Store, org: Actor, own: Event[]): Event[] {
  const people = [...new Set(store.peopleOf(org.id).map((p) => p.actorId))].slice(0, OFFICERS);
  if (!people.length) return own;
  const articles = new Set(store.articlesForActor(org.id).map((a) => a.id));
  const seen = new Set(own.map((e) => e.id));
  const theirs = people.flatMap((id) => store.eventsForActor(id)).filter((e) => articles.has(e.citation.article.id) && !seen.has(e.id) && !!seen.add(e.id));
  if (!theirs.length) return own;
  return [...own, ...theirs].sort(byDate);
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "2025", "January 2025", "2025-01-19": the first (or last) day of what the words name. */
export function parseBound(text: string | undefined, edge: 'start' | 'end'): string | null | 'invalid' {
  if (!text?.trim()) return null;
  const t = text.trim();
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
  if (iso) {
    const y = Number(iso[1]);
    const m = iso[2] ? Number(iso[2]) : null;
    const d = iso[3] ? Number(iso[3]) : null;
    if (m !== null && (m < 1 || m > 12)) return 'invalid';
    if (m !== null && d !== null && (d < 1 || d > lastDay(y, m))) return 'invalid';
    const mm = String(m ?? (edge === 'start' ? 1 : 12)).padStart(2, '0');
    const dd = String(d ?? (edge === 'start' ? 1 : lastDay(y, m ?? 12))).padStart(2, '0');
    return `${y}-${mm}-${dd}`;
  }
  const found = createDateResolver(null).resolve(t)[0];
  const value = edge === 'start' ? found?.date.start : found?.date.end ?? found?.date.start;
  return value ?? 'invalid';
}

export function timeline(store: Store, subject: string, from?: string, to?: string): Answer {
  const s = subject.trim();
  if (!s) return { kind: 'problem', message: 'Tell me whose timeline, for example: /timeline Almasri' };
  const lo = parseBound(from, 'start');
  const hi = parseBound(to, 'end');
  if (lo === 'invalid' || hi === 'invalid')
    return { kind: 'problem', message: `I could not read the date "${lo === 'invalid' ? from : to}". Try 2025, 2025-01 or 2025-01-19.` };
  const r = resolveActor(store, s);
  if (r.kind === 'ambiguous') return choiceOf(s, r.actors, 'timeline');
  const actor = r.kind === 'found' ? r.actor : null;
  let events = actor ? timelineOf(store, actor) : store.searchEvents([...new Set(queryWords(s).filter((w) => !STOPWORDS.has(w.toLowerCase())))].slice(0, MAX_WHEN_WORDS));
  if (!actor && !events.length) return { kind: 'not-found', query: s, what: 'actor', suggestions: r.kind === 'none' ? r.suggestions : [] };
  // A date range keeps the events that overlap it; undated events cannot be placed, so they go.
  if (lo || hi)
    events = events.filter((e) => e.date.start && (!lo || (e.date.end ?? e.date.start) >= lo) && (!hi || e.date.start <= hi));
  const cites = new Citations();
  const answer: Timeline = {
    kind: 'timeline',
    subject: actor?.name ?? s,
    actor: actor ? actorRef(actor) : null,
    range: { from: lo, to: hi },
    events: datedFirst(events.map((e) => eventLine(e, cites, actor?.id))),
    citations: cites.list(),
  };
  return answer;
}
