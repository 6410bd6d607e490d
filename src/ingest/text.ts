// Character-level helpers: decoding bytes, telling text from binary, normalising whitespace.

/** Share of suspicious characters (controls, U+FFFD) above which content is not text. */
const BINARY_SHARE = 0.05;

/** Horizontal whitespace that becomes a plain space (tabs, NBSP, the Unicode spaces). */
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Invisible characters that scraped pages leave behind (zero-width space, word joiner, BOM, soft hyphen). */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;

/** Counts control characters (other than tab/newline/CR/FF) and replacement characters. */
function suspiciousCount(text: string): { nul: boolean; suspicious: number } {
  let suspicious = 0;
  let nul = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) {
      nul = true;
      suspicious++;
    } else if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0xfffd
    ) {
      suspicious++;
    }
  }
  return { nul, suspicious };
}

/**
 * Why `text` is not text, or null when it is: NUL characters, or more than 5% control
 * characters / U+FFFD (what invalid UTF-8 decodes to).
 */
export function binaryReason(text: string): string | null {
  if (text.length === 0) return null;
  const { nul, suspicious } = suspiciousCount(text);
  if (nul || suspicious / text.length > BINARY_SHARE) return 'not a text file (binary content)';
  return null;
}

/**
 * Bytes of an article file to a string. UTF-8 (with or without BOM) and UTF-16 with a BOM are
 * read as such; bytes that are not valid UTF-8 and hold no valid multi-byte UTF-8 sequence at
 * all are read as Windows-1252 (legacy single-byte text). Returns a reason instead when the
 * bytes are binary.
 */
export function decodeBytes(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  }
  if (bytes.includes(0)) return { error: 'not a text file (binary content)' };
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\uFFFD')) return checked(utf8);
  // Invalid UTF-8. Legacy text (Latin-1 / Windows-1252) has no valid multi-byte sequence at all.
  const hasValidMultibyte = /[^\x00-\x7F\uFFFD]/.test(utf8);
  const { suspicious } = suspiciousCount(utf8);
  if (!hasValidMultibyte && suspicious / utf8.length <= BINARY_SHARE) {
    return checked(decodeWindows1252(bytes));
  }
  return checked(utf8);
}

/** Windows-1252 characters for bytes 0x80-0x9F (the rest is Latin-1); undefined bytes stay C1. */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

// Node's TextDecoder treats 'windows-1252' as Latin-1 (no curly quotes), so map by hand.
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function checked(text: string): { text: string } | { error: string } {
  const reason = binaryReason(text);
  return reason ? { error: reason } : { text };
}

/** Windows/old-Mac newlines to \n, BOM and invisible characters removed, spaces unified. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?|\u2028|\u2029/g, '\n').replace(INVISIBLE, '').replace(SPACES, ' ');
}

/** One line: runs of spaces collapsed, trimmed. Quotes and dashes are left as they are. */
export function normalizeLine(line: string): string {
  return line.replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Collapses every run of whitespace (newlines included) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `source` without its HTML comments, what /<!--[\s\S]*?-->/g matches, in one pass: the
 * expression reads to the end from every unclosed "<!--", which made 1.8 MB of them take minutes.
 */
export function withoutComments(source: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const start = source.indexOf('<!--', pos);
    if (start < 0) break;
    const end = source.indexOf('-->', start + 4);
    if (end < 0) break;
    out += source.slice(pos, start);
    pos = end + 3;
  }
  return out + source.slice(pos);
}
