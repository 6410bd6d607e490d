// Inert text for chat platforms: article and user text can never format, link, mention or ping.
import { plain } from './text.ts';

export const ZWSP = '\u200b';

/** Control characters, bidi overrides and terminal escapes out; newlines kept as spaces. */
function clean(s: string): string {
  return plain(s.replace(/[\r\n\t]+/g, ' '));
}

/**
 * Discord: no Markdown, no masked links, no mentions, no pings. Markdown characters get a
 * backslash; `@everyone`/`@here` and every `<` (user, role, channel, command, timestamp and emoji
 * mentions all start with one) get a zero-width space so Discord never parses them.
 */
export function escapeDiscord(text: string): string {
  return clean(text)
    .replace(/[\\*_~`|>#\-[\]()]/g, (c) => `\\${c}`)
    .replace(/</g, `<${ZWSP}`)
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`);
}

/**
 * Slack mrkdwn: & < > as entities (so `<!channel>`, `<@U1>`, `<url|label>` stay text), and the
 * mrkdwn characters * _ ~ ` fenced by zero-width spaces so they never open or close a style.
 */
export function escapeSlack(text: string): string {
  return clean(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, (c) => `${ZWSP}${c}${ZWSP}`)
    .replace(/@(everyone|here|channel)/gi, `@${ZWSP}$1`);
}

/** For Slack plain_text objects (headers): nothing is parsed there, but keep `<!x>` and `@here` broken anyway. */
export function plainSlack(text: string): string {
  return clean(text)
    .replace(/</g, `<${ZWSP}`)
    .replace(/@(everyone|here|channel)/gi, `@${ZWSP}$1`);
}

/** A URL fit to sit inside `[n](url)` or `<url|n>`: http(s) only, no characters that end the link. */
export function safeUrl(url: string | null | undefined, max = 300): string | null {
  if (!url) return null;
  const u = url.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(u)) return null;
  const enc = u.replace(/[()<>|`"'\\\[\]{}*_~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return enc.length <= max ? enc : null;
}

/** The first `n` code units, without a trailing lone high surrogate (which platforms reject). */
export function sliceSafe(s: string, n: number): string {
  let out = s.slice(0, n);
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out;
}

/**
 * `esc(raw)` cut to at most `max` characters, cutting the raw text (so no escape sequence is
 * split) and ending with "…" when cut.
 */
export function clipEscaped(raw: string, max: number, esc: (s: string) => string): string {
  const full = esc(raw);
  if (full.length <= max) return full;
  if (max < 1) return '';
  let lo = 0;
  let hi = raw.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (esc(sliceSafe(raw, mid).trimEnd()).length + 1 <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${esc(sliceSafe(raw, lo).trimEnd())}…`;
}
