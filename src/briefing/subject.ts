// What a command is about: one actor (resolved the way users type names) or, for commands that
// also take a topic, the sentences whose words match it.
import type { Actor, ArticleRef } from '../domain.ts';
import { resolveActor, type Resolution } from '../search/resolve.ts';
import { allOf, anyOf, matchTerms, termExpression, termWithKin, type MatchExpression } from '../search/fts.ts';
import { nameKey } from '../search/keys.ts';
import type { Store } from '../store/index.ts';
import type { ActorRef, Answer } from './answers.ts';
import { actorRef } from './facts.ts';

/** What a command's subject turned out to be; `answer` is what to say instead of running it. */
export type Subject = { actor: Actor } | { topic: Topic } | { answer: Answer };

/** The actor a name means, or the answer to give instead (a choice between namesakes, "not found"). */
export function pickActor(store: Store, name: string, command = 'who'): { actor: Actor } | { answer: Answer } {
  return subjectOf(name, resolveActor(store, name), command);
}

/** Namesakes to choose from, at most ten; `command` is the one to ask again with (who when not given). */
export function choiceOf(query: string, actors: Actor[], command = 'who'): Answer {
  return { kind: 'choices', query, choices: actors.slice(0, 10).map(actorRef), ...(command === 'who' ? {} : { command }) };
}

/** The actor a resolution found, or the answer to give instead; `command` is the one to ask again with. */
export function subjectOf(name: string, r: Resolution, command = 'who'): { actor: Actor } | { answer: Answer } {
  if (r.kind === 'found') return { actor: r.actor };
  if (r.kind === 'ambiguous') return { answer: choiceOf(name, r.actors, command) };
  return { answer: { kind: 'not-found', query: name, what: 'actor', suggestions: r.suggestions } };
}

/** The sentences that match a topic's words, and their articles, most matches first. */
export interface Topic {
  words: string;
  /** "articleId:sentenceIndex" of every matching sentence. */
  sentences: Set<string>;
  /** Matching sentences per article. */
  perArticle: Map<number, number>;
}

/** Sentences looked at for one topic: enough for a brief, bounded for a large index. */
const TOPIC_ROWS = 2000;
/** When not every word matches, the best of the sentences that match some of them. */
const ANY_ROWS = 200;
const FILLER = new Set('a an the of in on at to for by with and or from about is was were what who'.split(' '));

export const sentenceKey = (articleId: number, sentenceIndex: number): string => `${articleId}:${sentenceIndex}`;

/** The sentences that name an actor, as sentence keys. */
export function sentencesNaming(store: Store, actorId: number): Set<string> {
  return sentenceKeys(store.sentencesMentioning(actorId));
}

/** The keys of these cited sentences. */
export function sentenceKeys(citations: readonly { article: { id: number }; sentenceIndex: number }[]): Set<string> {
  return new Set(citations.map((c) => sentenceKey(c.article.id, c.sentenceIndex)));
}

/** For every actor named in these sentences (of these articles), how many of the sentences name it. */
export function namedIn(store: Store, articleIds: number[], sentences: ReadonlySet<string>, exclude: ReadonlySet<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const m of store.mentionsInArticles(articleIds)) {
    if (exclude.has(m.actorId) || !sentences.has(sentenceKey(m.articleId, m.sentenceIndex))) continue;
    counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  }
  return counts;
}

/** The people and organisations among these actors, in the order given: places and unclear names are no one to brief on. */
export function peopleAndOrgs(store: Store, ids: number[], limit: number): ActorRef[] {
  return store
    .actorBriefs(ids)
    .filter((a) => a.type === 'person' || a.type === 'organization')
    .slice(0, limit);
}

/**
 * The topic's words as FTS5 expressions, all words and any word. A word that is exactly one
 * actor's name or alias also matches the actor's other names ("ICC" finds "International
 * Criminal Court"), since articles spell a name out once and abbreviate it after.
 */
function topicQueries(store: Store, words: string): { all: MatchExpression; any: MatchExpression } | null {
  const typed = matchTerms(words);
  const terms = typed.filter((t) => !(t.words.length === 1 && FILLER.has(t.words[0]!)));
  const groups = (terms.length ? terms : typed).map((t) => {
    const alts = new Set([termWithKin(t)]);
    if (!t.prefix) {
      const actors = store.findActorsByKey(nameKey(t.display));
      if (actors.length === 1)
        for (const n of [actors[0]!.name, ...actors[0]!.aliases]) {
          const ws = matchTerms(n).flatMap((x) => x.words);
          if (ws.length) alts.add(termExpression({ words: ws, prefix: false, display: n }));
        }
    }
    return anyOf([...alts]);
  });
  return groups.length ? { all: allOf(groups), any: anyOf(groups) } : null;
}

export function findTopic(store: Store, words: string): Topic | null {
  const q = topicQueries(store, words);
  if (!q) return null;
  let rows = store.searchText(q.all, TOPIC_ROWS);
  if (!rows.length && q.any !== q.all) rows = store.searchText(q.any, ANY_ROWS);
  if (!rows.length) return null;
  const sentences = new Set<string>();
  const perArticle = new Map<number, number>();
  for (const r of rows) {
    const key = sentenceKey(r.articleId, r.sentenceIndex);
    if (sentences.has(key)) continue;
    sentences.add(key);
    perArticle.set(r.articleId, (perArticle.get(r.articleId) ?? 0) + 1);
  }
  return { words, sentences, perArticle };
}

/**
 * A name if one resolves, else a topic. Namesakes are a choice; a name that resolves to nothing
 * and words found nowhere are "not found", with the names that came close.
 */
export function pickSubject(store: Store, text: string, command = 'who'): Subject {
  const r = resolveActor(store, text);
  if (r.kind !== 'none') return subjectOf(text, r, command);
  const topic = findTopic(store, text);
  if (topic) return { topic };
  return { answer: { kind: 'not-found', query: text, what: 'subject', suggestions: r.suggestions } };
}

/** Newest first, undated last: what an editor wants from a list of sources. */
export function newestFirst<T>(items: T[], ref: (t: T) => ArticleRef): T[] {
  return [...items].sort((x, y) => {
    const a = ref(x).published;
    const b = ref(y).published;
    if (a && b && a !== b) return b.localeCompare(a);
    if (!a !== !b) return a ? -1 : 1;
    return ref(y).id - ref(x).id;
  });
}
