// Optional YAML front matter at the very start of an article.
import { parse as parseYaml } from 'yaml';
import { normalizeDate } from './dates.ts';
import { IngestError } from './errors.ts';

export interface FrontMatter {
  title: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
}

/** `---` newline ... newline `---` (or `...`), at the very start of the text. */
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Splits front matter from the body. `text` has \n newlines and no BOM. */
export function splitFrontMatter(
  text: string,
  file: string,
): { meta: FrontMatter | null; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { meta: null, body: text };
  const yamlText = m[1] ?? '';
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (err) {
    const detail = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    throw new IngestError(file, `malformed front matter (${detail})`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new IngestError(file, 'malformed front matter (not a key: value mapping)');
  }
  const rec = data as Record<string, unknown>;
  const publishedRaw = rec.published ?? rec.date;
  let published: string | null = null;
  if (publishedRaw !== undefined && publishedRaw !== null && publishedRaw !== '') {
    published = normalizeDate(publishedRaw);
    if (!published) {
      throw new IngestError(file, `front matter: published is not a date (${describe(publishedRaw)})`);
    }
  }
  return {
    meta: {
      title: scalar(rec.title),
      url: scalar(rec.url),
      published,
      byline: author(rec.author),
    },
    body: text.slice(m[0].length),
  };
}

function scalar(v: unknown): string | null {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/** `author: Jane Doe`, `author: [Jane Doe, John Roe]` or `author: { name: Jane Doe }`. */
function author(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map(author).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object' && 'name' in v) return scalar((v as { name: unknown }).name);
  return scalar(v);
}

function describe(v: unknown): string {
  const s = v instanceof Date ? 'invalid date' : typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
