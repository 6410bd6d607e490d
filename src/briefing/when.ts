// /when WORDS and /timeline NAME|TOPIC: events found by who they involve and what happened.
// "/when Almasri released" = the actor named in the words + the kind of event the other words name.
import type { Actor, Event, EventType } from '../domain.ts';
import { createDateResolver, dateSortKey } from '../extract/dates.ts';
import { nameKey } from '../search/keys.ts';
import { eventTypeForWord } from '../extract/triggers.ts';
import type { Store } from '../store/index.ts';
import { resolveActor } from '../search/resolve.ts';
import type { Answer, Timeline } from './answers.ts';
import { Citations, actorRef, datedFirst, eventLine } from './facts.ts';

const STOPWORDS = new Set(
  'the a an of in on at to for by with was were is are did does do when what who whom where which and or from about has have had been be his her their its'.split(' '),
);

interface Parsed {
  actor: Actor | null;
  ambiguous: Actor[] | null;
  types: Set<EventType>;
  /** Words that are neither the actor's name nor an event type: matched against the sentence. */
  rest: string[];
}

/** Split a query into the actor it names (the longest run of words that resolves) and the rest. */
export function parseEventQuery(store: Store, query: string): Parsed {
  const words = query.split(/\s+/).filter(Boolean);
  for (let len = Math.min(5, words.length); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const span = words.slice(i, i + len);
      if (span.every((w) => STOPWORDS.has(w.toLowerCase()) || eventTypeForWord(w))) continue;
      const r = resolveActor(store, span.join(' '));
      if (r.kind === 'none') continue;
      const others = [...words.slice(0, i), ...words.slice(i + len)];
      const { types, rest } = splitTypes(others);
      if (r.kind === 'ambiguous') return { actor: null, ambiguous: r.actors, types, rest };
      return { actor: r.actor, ambiguous: null, types, rest };
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

function matching(events: Event[], p: Parsed): Event[] {
  let out = events;
  if (p.types.size) out = out.filter((e) => p.types.has(e.type));
  if (p.rest.length) {
    const narrowed = out.filter((e) => p.rest.every((w) => `${e.summary} ${e.citation.sentence} ${e.place ?? ''}`.toLowerCase().includes(w.toLowerCase())));
    if (narrowed.length || !p.actor) out = narrowed;
  }
  return out;
}

export function when(store: Store, query: string): Answer {
  const q = query.trim();
  if (!q) return { kind: 'problem', message: 'Tell me what to date, for example: /when Almasri released' };
  const p = parseEventQuery(store, q);
  if (p.ambiguous) return { kind: 'choices', query: q, choices: p.ambiguous.slice(0, 10).map(actorRef) };
  const pool = p.actor ? eventsOf(store, p.actor) : p.rest.length ? store.searchEvents([...p.rest]) : store.listEvents();
  if (!p.actor && !p.rest.length && !p.types.size) return { kind: 'problem', message: 'Tell me who or what, for example: /when Almasri released' };
  const hits = matching(pool, p);
  if (!hits.length) {
    const suggestions = p.actor ? [...new Set(pool.map((e) => `/when ${p.actor!.name} ${e.type}`))].slice(0, 3) : [];
    return { kind: 'not-found', query: q, what: 'event', suggestions };
  }
  const cites = new Citations();
  return {
    kind: 'dates',
    query: q,
    actor: p.actor ? actorRef(p.actor) : null,
    events: datedFirst(hits.map((e) => eventLine(e, cites, p.actor?.id))),
    citations: cites.list(),
  };
}

/** Events of an actor; for a place, also the events that happened there. */
export function eventsOf(store: Store, actor: Actor): Event[] {
  const own = store.eventsForActor(actor.id);
  if (actor.type !== 'place') return own;
  const names = new Set([actor.name, ...actor.aliases].map((n) => nameKey(n)));
  const there = store.listEvents().filter((e) => e.place && names.has(nameKey(e.place)) && !own.some((o) => o.id === e.id));
  const all = [...own, ...there];
  return all.sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)));
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
  if (r.kind === 'ambiguous') return { kind: 'choices', query: s, choices: r.actors.slice(0, 10).map(actorRef) };
  const actor = r.kind === 'found' ? r.actor : null;
  let events = actor ? eventsOf(store, actor) : store.searchEvents(s.split(/\s+/).filter((w) => !STOPWORDS.has(w.toLowerCase())));
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
