/** The largest article file (or string) ingest accepts: 2 MiB. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * An article that cannot be ingested. `message` is one line: `${file}: ${reason}`,
 * e.g. `data/x.txt: not a text file (binary content)`.
 */
export class IngestError extends Error {
  readonly reason: string;

  constructor(
    public file: string,
    reason: string,
  ) {
    super(`${file}: ${oneLine(reason)}`);
    this.name = 'IngestError';
    this.reason = oneLine(reason);
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
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
