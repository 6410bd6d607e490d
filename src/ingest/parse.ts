// parseArticle: raw article text (txt / md / html) to an Article. Pure, no I/O.
import { createHash } from 'node:crypto';
import type { Article } from '../domain.ts';
import { cleanLines } from './clean.ts';
import { creditsOfByline } from './credits.ts';
import { IngestError, MAX_ARTICLE_BYTES, tooLargeReason, tooLongReason } from './errors.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { htmlMeta, htmlToText } from './html.ts';
import { toLines } from './lines.ts';
import { markdownToText } from './markdown.ts';
import { unwrapPlainText } from './plain.ts';
import { splitSentences } from './sentences.ts';
import { binaryReason, collapseWhitespace, normalizeText } from './text.ts';

export type ArticleFormat = 'txt' | 'md' | 'html';

export interface ParseOptions {
  /** Where the text came from; kept in `Article.path` and named in errors. */
  path?: string | null;
  /** Defaults to the path's extension, else HTML when the text looks like a page, else txt. */
  format?: ArticleFormat;
}

const EXTENSIONS: Record<string, ArticleFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

/** The format for a file extension (".md" or "x/y.md"), or null when unsupported. */
export function formatForPath(path: string): ArticleFormat | null {
  const m = /(\.[^./\\]+)$/.exec(path);
  return m ? (EXTENSIONS[(m[1] ?? '').toLowerCase()] ?? null) : null;
}

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html\b|<head\b|<body\b)/i.test(text) || /<\/(?:p|div|body|article)>/i.test(text);
}

/** sha256 hex of title + "\n" + text with all whitespace collapsed. */
export function articleHash(title: string | null, text: string): string {
  return createHash('sha256')
    .update(collapseWhitespace(`${title ?? ''}\n${text}`))
    .digest('hex');
}

/**
 * Parses one article. Throws IngestError (naming `opts.path`, or "<input>") when the content is
 * empty, binary, too large, has malformed front matter, holds no article text once page debris
 * is removed, or more text than the extractor takes from one article (errors.ts).
 */
export function parseArticle(raw: string, opts: ParseOptions = {}): Article {
  const path = opts.path ?? null;
  const file = path ?? '<input>';
  if (Buffer.byteLength(raw, 'utf8') > MAX_ARTICLE_BYTES) {
    throw new IngestError(file, tooLargeReason(Buffer.byteLength(raw, 'utf8')));
  }
  const binary = binaryReason(raw);
  if (binary) throw new IngestError(file, binary);
  const normalized = normalizeText(raw);
  if (!normalized.trim()) throw new IngestError(file, 'empty article');

  const format = opts.format ?? (path ? formatForPath(path) : null) ?? (looksLikeHtml(normalized) ? 'html' : 'txt');
  const { meta: front, body } = splitFrontMatter(normalized, file);

  let text: string;
  let formatMeta: { title: string | null; byline: string | null; published: string | null; url: string | null } = {
    title: null,
    byline: null,
    published: null,
    url: null,
  };
  if (format === 'html') {
    formatMeta = htmlMeta(body);
    try {
      text = normalizeText(htmlToText(body));
    } catch (err) {
      // the HTML-to-text converter walks the page's elements recursively: elements nested
      // thousands deep run it out of stack
      if (err instanceof RangeError) throw new IngestError(file, 'HTML nested too deeply to read (thousands of elements inside one another)');
      throw err;
    }
  } else if (format === 'md') {
    const md = markdownToText(body);
    formatMeta.title = md.title;
    text = md.text;
  } else {
    text = unwrapPlainText(body);
  }

  const knownTitle = front?.title ?? formatMeta.title ?? null;
  const cleaned = cleanLines(toLines(text), knownTitle);
  if (cleaned.paragraphs.length === 0) {
    throw new IngestError(file, body.trim() ? 'empty article (no article text left after removing page debris)' : 'empty article');
  }
  const articleText = cleaned.paragraphs.join('\n\n');
  const sentences = splitSentences(articleText);
  const tooLong = tooLongReason(sentences.length, articleText.length);
  if (tooLong) throw new IngestError(file, tooLong);
  const title = knownTitle ?? cleaned.title;
  const byline = front?.byline ?? formatMeta.byline ?? cleaned.byline;
  return {
    path,
    url: front?.url ?? formatMeta.url ?? null,
    title,
    byline,
    credits: [...(byline ? creditsOfByline(byline) : []), ...cleaned.credits],
    published: front?.published ?? formatMeta.published ?? cleaned.published,
    sources: cleaned.sources,
    text: articleText,
    sentences,
    hash: articleHash(title, articleText),
  };
}
