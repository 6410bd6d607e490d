// What is new in a run of newly ingested articles, for a channel's digest or a watch's alert:
// the articles, actors first named or given a new role, dated events (newest first) and quotes.
// A topic narrows all of it: a name to that actor, words to the sentences that hold them.
import type { Actor, ArticleRef, Event, Quote } from '../domain.ts';
import { resolveActor } from '../search/resolve.ts';
import { matchTerms } from '../search/fts.ts';
import type { RoleNews, Store } from '../store/index.ts';
import type { ActorChange, ActorRef, Alert, AlertFact, Digest } from './answers.ts';
import { Citations, actorRef, eventLine, quoteLine } from './facts.ts';
import { newestFirst, sentenceKey } from './subject.ts';

/** How much a channel's digest shows; a preview shows more. The rest is counted. */
export const DIGEST_CAPS = { articles: 8, actors: 8, events: 8, quotes: 2 } as const;
export const PREVIEW_CAPS = { articles: 25, actors: 25, events: 25, quotes: 5 } as const;
/** Articles one digest or alert run reads at most (a bulk ingest of thousands is summarised by count). */
export const MAX_NEW_ARTICLES = 2000;
/** Facts one alert lists per article, and articles per alert. */
export const ALERT_FACTS = 5;
export const ALERT_ARTICLES = 5;

/** What a digest or watch is narrowed to. */
export type Focus = { actor: Actor } | { words: string; test: (sentence: string) => boolean } | null;

/** A name that resolves to one actor is that actor; anything else is words to find in sentences. */
export function focusOf(store: Store, topic: string | null): Focus {
  if (!topic?.trim()) return null;
  const r = resolveActor(store, topic);
  if (r.kind === 'found') return { actor: r.actor };
  return { words: topic, test: sentenceTest(topic) };
}

/**
 * Whether a sentence holds every term of the words (whole words, case and accents aside; a
 * trailing * matches a word's start). New articles are few, so this runs over their sentences
 * rather than through the full-text index, whose best-ranked rows may all be old.
 */
export function sentenceTest(words: string): (sentence: string) => boolean {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const escape = (w: string) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const terms = matchTerms(words).map(
    (t) => new RegExp(`(?<![\\p{L}\\p{N}])${t.words.map(escape).join('[^\\p{L}\\p{N}]+')}${t.prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'u'),
  );
  if (!terms.length) return () => false;
  return (sentence) => {
    const s = fold(sentence);
    return terms.every((re) => re.test(s));
  };
}

interface News {
  articles: ArticleRef[];
  roles: RoleNews[];
  newActors: Set<number>;
  /** Actors named in what matched, most named first. */
  named: number[];
  events: Event[];
  quotes: Quote[];
}

/** The facts of these articles that the focus keeps. */
function news(store: Store, articles: ArticleRef[], focus: Focus): News {
  const ids = articles.map((a) => a.id);
  const mentions = store.mentionsInArticles(ids);
  let keep: (articleId: number, sentenceIndex: number) => boolean = () => true;
  if (focus && 'actor' in focus) {
    const naming = new Set(mentions.filter((m) => m.actorId === focus.actor.id).map((m) => sentenceKey(m.articleId, m.sentenceIndex)));
    keep = (a, s) => naming.has(sentenceKey(a, s));
  } else if (focus) {
    const matching = new Set<string>();
    for (const a of articles) {
      const full = store.storedArticle(a.id);
      full?.sentences.forEach((s, i) => {
        if (focus.test(s.text)) matching.add(sentenceKey(a.id, i));
      });
    }
    keep = (a, s) => matching.has(sentenceKey(a, s));
  }
  const actorId = focus && 'actor' in focus ? focus.actor.id : null;
  const events = store
    .eventsInArticles(ids)
    .filter((e) => (actorId !== null ? e.participants.some((p) => p.actorId === actorId) : keep(e.citation.article.id, e.citation.sentenceIndex)));
  const quotes = store
    .quotesInArticles(ids)
    .filter((q) => (actorId !== null ? q.speaker?.actorId === actorId || keep(q.citation.article.id, q.citation.sentenceIndex) : keep(q.citation.article.id, q.citation.sentenceIndex)));
  const counts = new Map<number, number>();
  for (const m of mentions) if (keep(m.articleId, m.sentenceIndex)) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  const named = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
  const roles = store.schedule.rolesIn(ids).filter((r) => (actorId !== null ? r.actorId === actorId : keep(r.citation.article.id, r.citation.sentenceIndex)));
  const kept = new Set(events.map((e) => e.citation.article.id).concat(quotes.map((q) => q.citation.article.id), roles.map((r) => r.articleId)));
  for (const m of mentions) if (keep(m.articleId, m.sentenceIndex)) kept.add(m.articleId);
  return {
    articles: focus ? articles.filter((a) => kept.has(a.id)) : articles,
    roles,
    newActors: store.schedule.firstNamedIn(named, ids),
    named,
    events,
    quotes,
  };
}

/** Latest first by the date the text gives; ties by article, newest first. */
const newestEvents = (events: Event[]) =>
  events
    .filter((e) => e.date.start)
    .sort((a, b) => (b.date.end ?? b.date.start!).localeCompare(a.date.end ?? a.date.start!) || b.citation.article.id - a.citation.article.id || a.id - b.id);

/** People and organisations new to the index or given a role it did not know, most named first. */
function actorChanges(store: Store, n: News, cites: Citations): ActorChange[] {
  const newRoles = new Map<number, RoleNews[]>();
  for (const r of n.roles) {
    if (r.known) continue;
    const list = newRoles.get(r.actorId) ?? [];
    if (!list.some((x) => x.title.toLowerCase() === r.title.toLowerCase())) list.push(r);
    newRoles.set(r.actorId, list);
  }
  const ids = [...new Set([...n.named.filter((id) => n.newActors.has(id) || newRoles.has(id)), ...newRoles.keys()])];
  return store
    .actorBriefs(ids)
    .filter((a) => a.type === 'person' || a.type === 'organization')
    .map((a) => ({
      actor: { id: a.id, name: a.name, type: a.type, role: a.role },
      change: n.newActors.has(a.id) ? ('new' as const) : ('changed' as const),
      roles: (newRoles.get(a.id) ?? []).map((r) => ({ title: r.title, cite: cites.cite(r.citation) })),
    }));
}

export interface DigestRequest {
  /** Articles after this id are new. */
  after: number;
  /** ...up to this id (the newest when the digest was claimed). */
  through: number;
  topic: string | null;
  /** The slot's day, as the channel says it. */
  day: string;
  /** When the previous digest went out; null for the first. */
  since: string | null;
  audience: 'channel' | 'caller';
}

export function buildDigest(store: Store, r: DigestRequest): Digest {
  const caps = r.audience === 'caller' ? PREVIEW_CAPS : DIGEST_CAPS;
  const fresh = store.schedule.articlesAfter(r.after, MAX_NEW_ARTICLES).filter((a) => a.id <= r.through);
  const n = news(store, fresh, focusOf(store, r.topic));
  const cites = new Citations();
  // events first: their citations are the ones a reader follows most
  const events = newestEvents(n.events);
  const eventLines = events.slice(0, caps.events).map((e) => eventLine(e, cites));
  const actors = actorChanges(store, n, cites);
  const quotes = [...n.quotes].sort((a, b) => Number(!a.speaker) - Number(!b.speaker) || b.citation.article.id - a.citation.article.id);
  const quoteLines = quotes.slice(0, caps.quotes).map((q) => quoteLine(q, cites));
  const articles = newestFirst(n.articles, (a) => a);
  return {
    kind: 'digest',
    day: r.day,
    topic: r.topic,
    since: r.since,
    articles: articles.slice(0, caps.articles),
    actors: actors.slice(0, caps.actors),
    events: eventLines,
    quotes: quoteLines,
    more: {
      articles: Math.max(0, articles.length - caps.articles),
      actors: Math.max(0, actors.length - caps.actors),
      events: Math.max(0, events.length - caps.events),
      quotes: Math.max(0, quotes.length - caps.quotes),
    },
    audience: r.audience,
    citations: cites.list(),
  };
}

/** Whether a digest has anything to say. */
export function isEmptyDigest(d: Digest): boolean {
  return !d.articles.length && !d.actors.length && !d.events.length && !d.quotes.length;
}

/**
 * A watch's alert for new articles: per article, the watched actor's new roles, dated events and
 * quotes (or, for words, those whose sentence holds them). Articles that add nothing known-new
 * are left out; null when none adds anything.
 */
export function buildAlert(store: Store, watch: { query: string; actor: Actor | null }, articles: ArticleRef[]): Alert | null {
  const focus: Focus = watch.actor ? { actor: watch.actor } : { words: watch.query, test: sentenceTest(watch.query) };
  // oldest first, so a role two new articles both give is reported once, by the first
  const found: { article: ArticleRef; roles: RoleNews[]; events: Event[]; quotes: Quote[] }[] = [];
  const reported = new Set<string>();
  for (const article of [...articles].sort((a, b) => a.id - b.id)) {
    const n = news(store, [article], focus);
    const roles = n.roles.filter((r) => {
      const key = `${r.actorId}:${r.title.toLowerCase()}`;
      if (r.known || reported.has(key)) return false;
      reported.add(key);
      return true;
    });
    const events = newestEvents(n.events);
    if (roles.length || events.length || n.quotes.length) found.push({ article, roles, events, quotes: n.quotes });
  }
  if (!found.length) return null;
  const shown = found.reverse().slice(0, ALERT_ARTICLES);
  const cites = new Citations();
  const briefs = new Map(store.actorBriefs([...new Set(shown.flatMap((f) => f.roles.map((r) => r.actorId)))]).map((b) => [b.id, b]));
  const items = shown.map(({ article, roles, events, quotes }) => {
    const all = [
      ...roles.map((r) => ({ kind: 'role' as const, r })),
      ...events.map((e) => ({ kind: 'event' as const, e })),
      ...quotes.map((q) => ({ kind: 'quote' as const, q })),
    ];
    const facts = all.slice(0, ALERT_FACTS).flatMap<AlertFact>((f) => {
      if (f.kind === 'event') return [{ kind: 'event', event: eventLine(f.e, cites) }];
      if (f.kind === 'quote') return [{ kind: 'quote', quote: quoteLine(f.q, cites) }];
      const b = briefs.get(f.r.actorId);
      return b ? [{ kind: 'role', actor: { id: b.id, name: b.name, type: b.type, role: b.role }, title: f.r.title, cite: cites.cite(f.r.citation) }] : [];
    });
    return { article, facts, more: all.length - Math.min(all.length, ALERT_FACTS) };
  });
  const actor: ActorRef | null = watch.actor ? actorRef(watch.actor) : null;
  return { kind: 'alert', watch: watch.query, actor, items, more: found.length - shown.length, citations: cites.list() };
}
