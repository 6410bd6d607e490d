// Article references as the store reads them: one column list and one conversion for every
// query that returns them (the fact queries and the digest queries alike).
import type { ArticleRef } from '../domain.ts';

export const ARTICLE_REF_COLUMNS = 'id, path, url, title, byline, published, sources';

export interface ArticleRow {
  id: number;
  path: string | null;
  url: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  sources: string;
}

function parseSources(raw: string): string[] {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

export function toRef(row: ArticleRow): ArticleRef {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    path: row.path,
    published: row.published,
    byline: row.byline,
    sources: parseSources(row.sources),
  };
}
