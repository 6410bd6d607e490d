// /sources NAME|TOPIC: the articles behind what the bot knows, newest first, with how much of
// each article is about the subject.
import type { Store } from '../store/index.ts';
import type { Answer } from './answers.ts';
import { actorRef } from './facts.ts';
import { newestFirst, pickSubject } from './subject.ts';

export function sources(store: Store, text: string): Answer {
  const subject = text.trim();
  if (!subject) return { kind: 'problem', message: 'Tell me who or what, for example: /sources Almasri' };
  const s = pickSubject(store, subject, 'sources');
  if ('answer' in s) return s.answer;
  if ('actor' in s) {
    const counts = new Map<number, number>();
    for (const c of store.sentencesMentioning(s.actor.id)) counts.set(c.article.id, (counts.get(c.article.id) ?? 0) + 1);
    const articles = store.articlesForActor(s.actor.id).map((article) => ({ article, mentions: counts.get(article.id) ?? 0 }));
    return { kind: 'sources', subject: s.actor.name, actor: actorRef(s.actor), articles: newestFirst(articles, (a) => a.article) };
  }
  const refs = store.articleRefs(s.topic.perArticle.keys());
  const articles = [...refs.values()].map((article) => ({ article, mentions: s.topic.perArticle.get(article.id) ?? 0 }));
  return { kind: 'sources', subject, actor: null, articles: newestFirst(articles, (a) => a.article) };
}
