// One web page into the index: fetched safely (src/ingest/fetch.ts), its main text and metadata
// read (src/ingest/page.ts), extracted and stored in one transaction. The same article reached by
// two URLs is one article: the canonical URL and the content hash both find it.
import type { Article, Extraction } from '../domain.ts';
import { extract } from '../extract/index.ts';
import { fetchSafely, type FetchOptions, type Fetched } from '../ingest/fetch.ts';
import { parseArticle } from '../ingest/index.ts';
import type { SaveResult, Store } from '../store/index.ts';

export type FetchSettings = Omit<FetchOptions, 'accept' | 'etag' | 'lastModified'>;

/**
 * The article a fetched page holds: HTML by readability, plain text and Markdown as files are read.
 * Readability and linkedom load on first use (~250 ms): every other command starts without them.
 */
export async function fetchedArticle(page: Fetched): Promise<Article> {
  const type = page.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/plain' || type === 'text/markdown') {
    const article = parseArticle(page.body, { path: null, format: type === 'text/markdown' ? 'md' : 'txt' });
    return { ...article, url: article.url ?? page.url };
  }
  const { pageToArticle } = await import('../ingest/page.ts');
  return pageToArticle(page.body, page.url);
}

export interface UrlIngest {
  article: Article;
  result: SaveResult;
}

/** Fetches and stores one page; throws FetchError or IngestError, with nothing stored, when it cannot. */
export async function ingestUrl(store: Store, url: string, settings: FetchSettings = {}, fetch = fetchSafely): Promise<UrlIngest> {
  const page = await fetch(url, { ...settings, accept: ['page'] });
  return saveFetched(store, page);
}

/** Nothing extracted: for an article whose text is stored already, which saveArticle finds unchanged before reading facts. */
const NOTHING: Extraction = { mentions: [], actors: [], events: [], quotes: [] };

export async function saveFetched(store: Store, page: Fetched): Promise<UrlIngest> {
  const article = await fetchedArticle(page);
  // already stored (by another URL, or unchanged): nothing to extract
  return { article, result: store.saveArticle(article, store.hasArticleHash(article.hash) ? NOTHING : extract(article)) };
}
