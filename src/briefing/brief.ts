// /brief NAME|TOPIC: what an editor needs before a meeting, in a few lines: who matters (with
// roles), the latest dated events, one or two quotes, and the articles behind it.
import type { Actor, ArticleRef, Citation, Event, Quote } from '../domain.ts';
import type { Store } from '../store/index.ts';
import type { ActorRef, Answer, Brief } from './answers.ts';
import { Citations, actorRef, eventLine, quoteLine } from './facts.ts';
import { namedIn, newestFirst, peopleAndOrgs, pickSubject, sentenceKey, sentenceKeys, type Topic } from './subject.ts';
import { eventsOf } from './when.ts';

export const BRIEF_ACTORS = 5;
export const BRIEF_EVENTS = 5;
export const BRIEF_QUOTES = 2;
export const BRIEF_SENTENCES = 3;

export function brief(store: Store, text: string): Answer {
  const subject = text.trim();
  if (!subject) return { kind: 'problem', message: 'Tell me who or what to brief on, for example: /brief Almasri' };
  const s = pickSubject(store, subject, 'brief');
  if ('answer' in s) return s.answer;
  return 'actor' in s ? actorBrief(store, s.actor) : topicBrief(store, subject, s.topic);
}

/** Who is named most in the given sentences, with their roles. */
function whoMatters(store: Store, articleIds: number[], sentences: ReadonlySet<string>, exclude: ReadonlySet<number>): ActorRef[] {
  const counts = namedIn(store, articleIds, sentences, exclude);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
  // ask for a few extra since places and 'other' names are dropped
  return peopleAndOrgs(store, ranked.slice(0, BRIEF_ACTORS * 4), BRIEF_ACTORS);
}

/**
 * The latest dated events, shown in date order; undated ones ("on Wednesday" in an undated
 * article) only fill the room left, after them. The rest are counted, not shown.
 */
function latest(events: Event[]): { shown: Event[]; earlier: number } {
  const dated = events.filter((e) => e.date.start).slice(-BRIEF_EVENTS);
  const undated = events.filter((e) => !e.date.start).slice(0, BRIEF_EVENTS - dated.length);
  const shown = [...dated, ...undated];
  return { shown, earlier: events.length - shown.length };
}

/** The newest quotes, preferring `first`, then `fallback`. */
function pickQuotes(first: Quote[], fallback: Quote[]): Quote[] {
  const seen = new Set<number>();
  const out: Quote[] = [];
  for (const q of [...[...first].reverse(), ...[...fallback].reverse()]) {
    if (out.length >= BRIEF_QUOTES || seen.has(q.id)) continue;
    seen.add(q.id);
    out.push(q);
  }
  return out;
}

/**
 * The first sentence naming the subject in each of the newest articles, leaving out those an event
 * or quote already cites: where the numbers and the who-is-who of a story are.
 */
function keySentences(naming: Citation[], cited: ReadonlySet<string>): Citation[] {
  const first = new Map<number, Citation>();
  for (const c of naming) {
    if (cited.has(sentenceKey(c.article.id, c.sentenceIndex))) continue;
    const had = first.get(c.article.id);
    if (!had || c.sentenceIndex < had.sentenceIndex) first.set(c.article.id, c);
  }
  return newestFirst([...first.values()], (c) => c.article).slice(0, BRIEF_SENTENCES);
}

function assemble(subject: string, actor: Actor | null, actors: ActorRef[], events: Event[], quotes: Quote[], articles: ArticleRef[], actorId?: number, naming: Citation[] = []): Brief {
  const cites = new Citations();
  const { shown, earlier } = latest(events);
  const eventLines = shown.map((e) => eventLine(e, cites, actorId));
  const quoteLines = quotes.map((q) => quoteLine(q, cites));
  const cited = sentenceKeys(cites.list());
  return {
    kind: 'brief',
    subject,
    actor: actor ? actorRef(actor) : null,
    actors,
    events: eventLines,
    earlier,
    quotes: quoteLines,
    sentences: keySentences(naming, cited).map((c) => cites.cite(c)),
    articles: newestFirst(articles, (a) => a),
    citations: cites.list(),
  };
}

function actorBrief(store: Store, actor: Actor): Brief {
  // (one look-up: the sentences naming them give both the brief's scope and its key sentences)
  const naming = store.sentencesMentioning(actor.id);
  const mentioned = sentenceKeys(naming);
  const articles = store.articlesForActor(actor.id);
  const articleIds = articles.map((a) => a.id);
  const actors = whoMatters(store, articleIds, mentioned, new Set([actor.id]));
  // quotes about the actor fill in when they said nothing on record
  const about = store.quotesInArticles(articleIds).filter((q) => mentioned.has(sentenceKey(q.citation.article.id, q.citation.sentenceIndex)));
  const quotes = pickQuotes(store.quotesForActor(actor.id), about);
  return assemble(actor.name, actor, actors, eventsOf(store, actor), quotes, articles, actor.id, naming);
}

function topicBrief(store: Store, subject: string, topic: Topic): Brief {
  const articleIds = [...topic.perArticle.keys()];
  const matches = (a: number, s: number) => topic.sentences.has(sentenceKey(a, s));
  const actors = whoMatters(store, articleIds, topic.sentences, new Set());
  const events = store.eventsInArticles(articleIds).filter((e) => matches(e.citation.article.id, e.citation.sentenceIndex));
  const inArticles = store.quotesInArticles(articleIds);
  const keyIds = new Set(actors.map((a) => a.id));
  const quotes = pickQuotes(
    inArticles.filter((q) => matches(q.citation.article.id, q.citation.sentenceIndex)),
    inArticles.filter((q) => q.speaker && keyIds.has(q.speaker.actorId)),
  );
  const refs = store.articleRefs(articleIds);
  return assemble(subject, null, actors, events, quotes, [...refs.values()]);
}
