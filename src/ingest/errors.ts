/** The largest article file (or string) ingest accepts: 2 MiB. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * The most text one article may give the extractor: its work grows with the number of sentences
 * and their length (and, for names, somewhat faster), so these bound the time and memory any one
 * file can take. A long news feature is 10,000 words: about 500 sentences and 60,000 characters;
 * a file past either limit is refused with a sentence saying so, and the files after it go in.
 */
export const MAX_ARTICLE_SENTENCES = 2000;
export const MAX_ARTICLE_TEXT_CHARS = 200_000;

/** Why an article is too long to extract facts from, or null when it is within the limits. */
export function tooLongReason(sentences: number, chars: number): string | null {
  const n = (x: number) => x.toLocaleString('en-US');
  if (sentences > MAX_ARTICLE_SENTENCES)
    return `too long to read for facts (${n(sentences)} sentences, limit ${n(MAX_ARTICLE_SENTENCES)}); split it into smaller articles`;
  if (chars > MAX_ARTICLE_TEXT_CHARS)
    return `too long to read for facts (${n(chars)} characters of text, limit ${n(MAX_ARTICLE_TEXT_CHARS)}); split it into smaller articles`;
  return null;
}

/**
 * An article that cannot be ingested. `message` is one line: `${file}: ${reason}`,
 * e.g. `data/x.txt: not a text file (binary content)`. Control characters in the file name or
 * the reason are shown escaped ("a\\nb.txt"): a name with a line break cannot forge a second
 * line of output, nor one with ESC drive the terminal. `file` keeps the name as it is.
 */
export class IngestError extends Error {
  readonly reason: string;

  constructor(
    public file: string,
    reason: string,
  ) {
    super(`${printable(file)}: ${printable(oneLine(reason))}`);
    this.name = 'IngestError';
    this.reason = oneLine(reason);
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The text with its control characters escaped: C0 and C1 controls, DEL, the Unicode line and
 * paragraph separators, and the bidirectional overrides that can make a name read backwards.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** "12.3" for 12.3 MiB, "2" for exactly 2 MiB. */
export function formatMegabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

export function tooLargeReason(bytes: number): string {
  const limit = formatMegabytes(MAX_ARTICLE_BYTES);
  const size = formatMegabytes(bytes) === limit ? `${bytes} bytes` : `${formatMegabytes(bytes)} MB`;
  return `too large (${size}, limit ${limit} MB)`;
}
