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
    data = plainMapping(yamlText) ?? parseYaml(yamlText);
  } catch (err) {
    const detail = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    const meant = colonsQuoted(yamlText);
    try {
      if (meant === null) throw err;
      data = parseYaml(meant);
    } catch {
      throw new IngestError(file, `malformed front matter (${detail})`);
    }
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

/** A `key: value` line whose value is plain text holding ": " ("title: Breaking: floods in Assam"). */
const COLON_IN_VALUE = /^([A-Za-z][A-Za-z0-9_]{0,63}):[ \t]+([^\s"'[{|>&*!%@`#].*: .*?)[ \t]*$/;

/**
 * The front matter with each value that holds ": " in double quotes, or null when no line has one.
 * Headlines often hold ": ", which YAML reads as a mapping inside the value and refuses; whoever
 * wrote `title: Breaking: floods in Assam` meant the whole line as the title.
 */
function colonsQuoted(yamlText: string): string | null {
  let changed = false;
  const lines = yamlText.split('\n').map((line) => {
    const m = COLON_IN_VALUE.exec(line);
    if (!m || / #/.test(m[2]!)) return line;
    changed = true;
    return `${m[1]}: ${JSON.stringify(m[2])}`;
  });
  return changed ? lines.join('\n') : null;
}

/** `key: value`, the key a word of at most 64 characters (YAML refuses keys past 1,024). */
const PLAIN_LINE = /^([A-Za-z][A-Za-z0-9_]{0,63}): +(\S(?:.*\S)?)$/;
/** Keys the YAML core schema reads as something other than their text. */
const SPECIAL_KEY = /^(?:null|true|false)$/i;
/**
 * What may not be in a plain value: an indicator first, ": " or " #" (a mapping, a comment), a
 * ":" last, a tab, characters YAML refuses or treats apart, and anything past the Basic
 * Multilingual Plane (surrogates, paired or not).
 */
const UNPLAIN_VALUE = /^[-?:,[\]{}#&*!|>'"%@`.~+]|: | #|:$|[\t\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;
/** Values the YAML 1.2 core schema reads as a null, a boolean or a number. */
const CORE_NON_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** A quoted value without escapes or quotes inside: "text" or 'text'. */
const QUOTED_VALUE = /^(?:"([^"\\]*)"|'([^']*)')$/;
/** What a quoted value may not hold: tabs, characters YAML refuses or treats apart, surrogates. */
const UNQUOTABLE = /[\t\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;

/**
 * Front matter that is only `key: value` lines of one-line text, plain or quoted without
 * escapes, read without the YAML parser (a tenth of reading an article went to it), as it reads
 * them: each value the text as written, inside its quotes. Null for anything else (blank lines,
 * comments, escapes, lists, repeated keys, plain values YAML reads as numbers, booleans or null,
 * ...): the parser reads it, and says what is wrong.
 */
export function plainMapping(yamlText: string): Record<string, string> | null {
  if (!yamlText) return null;
  const out: Record<string, string> = {};
  for (const line of yamlText.split('\n')) {
    const m = PLAIN_LINE.exec(line);
    if (!m) return null;
    const [, key, value] = m as unknown as [string, string, string];
    if (SPECIAL_KEY.test(key) || Object.hasOwn(out, key)) return null;
    const quoted = QUOTED_VALUE.exec(value);
    if (quoted) {
      const text = quoted[1] ?? quoted[2]!;
      if (UNQUOTABLE.test(text)) return null;
      out[key] = text;
      continue;
    }
    if (UNPLAIN_VALUE.test(value) || CORE_NON_STRING.test(value)) return null;
    out[key] = value;
  }
  return out;
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
