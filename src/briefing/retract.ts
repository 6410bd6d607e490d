// /retract ARTICLE: a newsroom pulls an article (wrong, retracted, legal); its facts go with it,
// and actors nothing else mentions are forgotten. Only channel managers may run it.
import type { Store } from '../store/index.ts';
import type { Answer } from './answers.ts';

export function retract(store: Store, ref: string): Answer {
  const r = ref.trim();
  if (!r) return { kind: 'problem', message: 'Tell me which article: its URL, file name or title. Example: /retract almasri-affair-italy-file.txt' };
  const found = store.findArticles(r);
  if (!found.length) return { kind: 'not-found', query: r, what: 'article', suggestions: [] };
  if (found.length > 1)
    return {
      kind: 'problem',
      message: `“${r}” fits ${found.length} articles; nothing was removed. Give the URL or file name of one: ${found.map((a) => a.url ?? a.path ?? a.title).join('; ')}`,
    };
  const article = found[0]!;
  const removed = store.removeArticle(article.id);
  if (!removed) return { kind: 'not-found', query: r, what: 'article', suggestions: [] };
  return {
    kind: 'notice',
    title: 'Article removed from the index',
    lines: [
      [article.title ?? 'Untitled', article.published, article.url ?? article.path].filter(Boolean).join(' — '),
      `With it: ${removed.events} events, ${removed.quotes} quotes, and ${removed.actorsRemoved} names no other article mentions.`,
    ],
  };
}
