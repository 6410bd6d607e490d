// Plain text: re-joins hard-wrapped paragraphs (text wrapped at a fixed width by an editor or
// an e-mail client), so that a line break inside a paragraph does not end a sentence.
import { normalizeLine } from './text.ts';
import { LETTER, LOWER_START, words } from './lines.ts';

const BULLET_START = /^\s*(?:[*•·▪◦‣●○■□+-]|\d{1,3}[.)])\s+\S/;

function lowerHeavy(line: string): boolean {
  const lw = words(line).filter((w) => LETTER.test(w));
  return lw.length >= 4 && lw.filter((w) => LOWER_START.test(w)).length / lw.length >= 0.3;
}

/**
 * The wrap width when the text is hard-wrapped: most lines that continue into another line
 * are of nearly the same length, at most 100 characters. Null when it is not.
 */
function wrapWidth(lines: string[]): number | null {
  const continued: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i] ?? '';
    if (a && lines[i + 1]) continued.push(a.length);
  }
  if (continued.length < 3) return null;
  const sorted = [...continued].sort((x, y) => x - y);
  const width = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (width < 40 || width > 100) return null;
  const near = continued.filter((n) => n >= width - 25).length;
  return near / continued.length >= 0.6 ? width : null;
}

/**
 * A line break between `prev` and `line` is a wrap inside one paragraph, not the end of one:
 * the text is wrapped at `width` and `prev` reaches it, or `prev` is an unfinished sentence that
 * `line` plainly continues in lower case. A headline, a byline or a dateline line stays its own.
 */
export function continuesLine(prev: string, line: string, width: number | null): boolean {
  return (
    !!line &&
    !!prev &&
    !BULLET_START.test(line) &&
    !/^by\s/i.test(line) &&
    lowerHeavy(prev) &&
    ((width !== null && prev.length >= width - 25) || (!/[.!?…:]["”’')\]]*$/.test(prev) && /^\p{Ll}/u.test(line)))
  );
}

/** The wrap width of a text's lines (see wrapWidth), for callers that keep their own line loop. */
export function textWrapWidth(text: string): number | null {
  return wrapWidth(text.split('\n').map(normalizeLine));
}

export function unwrapPlainText(text: string): string {
  const lines = text.split('\n').map(normalizeLine);
  const width = wrapWidth(lines);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const prev = out.length ? (out[out.length - 1] ?? '') : '';
    const prevRaw = i > 0 ? (lines[i - 1] ?? '') : '';
    if (continuesLine(prevRaw, line, width)) {
      out[out.length - 1] = /\p{L}-$/u.test(prev) ? prev + line : `${prev} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}
