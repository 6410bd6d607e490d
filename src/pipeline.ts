// ingest -> extract -> store for a list of files and folders, one article per transaction.
// A bad file is reported by name and skipped; the others still go in.
import { EXTRACTOR_VERSION, extract } from './extract/index.ts';
import { IngestError, collectArticleFiles, loadArticleFile } from './ingest/index.ts';
import { logger } from './log.ts';
import type { Store } from './store/index.ts';

export interface IngestSummary {
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  errors: string[];
  actors: number;
  events: number;
  quotes: number;
}

export function emptySummary(): IngestSummary {
  return { added: 0, replaced: 0, unchanged: 0, failed: 0, errors: [], actors: 0, events: 0, quotes: 0 };
}

export async function ingestPaths(store: Store, paths: string[]): Promise<IngestSummary> {
  const summary = emptySummary();
  const { files, errors } = await collectArticleFiles(paths);
  for (const e of errors) {
    summary.failed++;
    summary.errors.push(e.message);
  }
  for (const file of files) {
    try {
      const article = await loadArticleFile(file);
      // the same text is already stored: nothing to extract (saveArticle would find it unchanged)
      if (store.hasArticleHash(article.hash)) {
        summary.unchanged++;
        logger.debug({ file, status: 'unchanged' }, 'ingested');
        continue;
      }
      const result = store.saveArticle(article, extract(article));
      summary[result.status]++;
      if (result.status !== 'unchanged') {
        summary.actors += result.actors;
        summary.events += result.events;
        summary.quotes += result.quotes;
      }
      logger.debug({ file, status: result.status }, 'ingested');
    } catch (err) {
      summary.failed++;
      const message = err instanceof IngestError ? err.message : new IngestError(file, `could not be ingested (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`).message;
      summary.errors.push(message);
      if (!(err instanceof IngestError)) logger.error({ err, file }, 'ingest failed');
    }
  }
  return summary;
}

export function formatSummary(s: IngestSummary, totals?: ReturnType<Store['counts']>): string {
  const line = `articles: ${s.added} added, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.failed} failed; facts: ${s.actors} actors, ${s.events} events, ${s.quotes} quotes`;
  // per-article actor counts add up people named in several articles more than once: give the index's own totals too
  return totals ? `${line}\nindex: ${totals.articles} articles, ${totals.actors} actors, ${totals.events} events, ${totals.quotes} quotes` : line;
}

/**
 * An index whose facts other extraction rules built (an older briefbot) is brought up to date
 * from the articles it stores, one article per transaction: upgrading briefbot upgrades the facts.
 * Returns how many articles were extracted again.
 */
export function refreshFacts(store: Store): number {
  const built = store.meta('extractor');
  if (built === EXTRACTOR_VERSION) return 0;
  const articles = store.listArticles();
  if (built !== null || articles.length) logger.info({ from: built, to: EXTRACTOR_VERSION, articles: articles.length }, 'extracting the stored articles again with the new rules');
  let n = 0;
  for (const ref of articles) {
    const article = store.storedArticle(ref.id);
    if (!article) continue;
    try {
      store.refreshArticle(ref.id, article, extract(article));
      n++;
    } catch (err) {
      // one article the new rules cannot read keeps its old facts; it must not stop the bot
      logger.error({ err, article: ref.id, path: ref.path }, 'could not extract a stored article again; its earlier facts are kept');
    }
  }
  store.setMeta('extractor', EXTRACTOR_VERSION);
  return n;
}
