// /retract ARTICLE: a newsroom pulls an article (wrong, retracted, legal); its facts go with it,
// and actors nothing else mentions are forgotten. Only channel managers may run it, and only an
// exact reference removes anything: a slip of the keyboard must not pull the wrong story.
import type { ArticleRef } from '../domain.ts';
import type { Store } from '../store/index.ts';
import type { Answer } from './answers.ts';

/** How an article is named in a chat message: its URL, or its file name (never a server path), or its title. */
function label(a: ArticleRef): string {
  return a.url ?? a.path?.split(/[\\/]/).pop() ?? a.title ?? `article ${a.id}`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function retract(store: Store, ref: string): Answer {
  const r = ref.trim();
  if (!r) return { kind: 'problem', message: 'Tell me which article: its URL, file name or exact title. Example: /retract almasri-affair-italy-file.txt' };
  const found = store.findArticles(r);
  if (!found.length) {
    const close = store.articlesTitled(r);
    return { kind: 'not-found', query: r, what: 'article', suggestions: close.map(label) };
  }
  if (found.length > 1)
    return {
      kind: 'problem',
      message: `“${r}” names ${found.length} articles; nothing was removed. Give the URL or file name of one: ${found.map(label).join('; ')}`,
    };
  const article = found[0]!;
  const removed = store.removeArticle(article.id);
  if (!removed) return { kind: 'not-found', query: r, what: 'article', suggestions: [] };
  return {
    kind: 'notice',
    title: 'Article removed from the index',
    lines: [
      [article.title ?? 'Untitled', article.published, label(article)].filter(Boolean).join(' — '),
      `With it: ${count(removed.events, 'event', 'events')}, ${count(removed.quotes, 'quote', 'quotes')}, and ${count(removed.actorsRemoved, 'name', 'names')} no other article mentions.`,
    ],
  };
}
