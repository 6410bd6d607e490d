// Ingest: load article files (.txt .md .html), clean page debris, read title / byline / date /
// source list, split sentences. See parse.ts for the text rules and files.ts for file handling;
// fetch.ts fetches pages and feeds safely, page.ts reads a fetched page into an article.
export { IngestError, MAX_ARTICLE_BYTES, MAX_ARTICLE_SENTENCES, MAX_ARTICLE_TEXT_CHARS } from './errors.ts';
export { MAX_SENTENCE_CHARS } from './sentences.ts';
export { parseArticle, articleHash, formatForPath, SUPPORTED_EXTENSIONS } from './parse.ts';
export type { ArticleFormat, ParseOptions } from './parse.ts';
export { loadArticleFile, collectArticleFiles } from './files.ts';
export { splitSentences } from './sentences.ts';
export { normalizeDate } from './dates.ts';
export { fetchSafely, FetchError, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_REDIRECTS } from './fetch.ts';
export type { FetchOptions, Fetched, FetchFailure, FetchKind } from './fetch.ts';
// page.ts is imported where a page is read (feeds/url.ts), on first use: it loads readability and linkedom
