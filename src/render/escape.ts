// Inert text for chat platforms, and the layout the Discord and Slack renderers share: an answer
// cut into headed parts of lines, packed into a character budget with an honest "… and N more".
import type { Answer, CitationRef, EventLine, SearchHit } from '../briefing/answers.ts';
import type { ArticleRef } from '../domain.ts';
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

/** Drop a trailing lone high surrogate left by slicing. */
function sliceSafe(s: string, n: number): string {
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

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

// ---------------------------------------------------------------------------------------------
// Shared layout

/** How one platform writes the few pieces of markup the layout needs. */
export interface Dialect {
  esc(raw: string): string;
  /** `s` is already escaped. */
  bold(s: string): string;
  italic(s: string): string;
  /** A citation number, linked to the article when it has a URL. */
  cite(n: number, url: string | null): string;
}

/** One shown line; `count` is how many of the part's things it shows (0 for a label). */
export interface Item {
  text: string;
  cites: number[];
  count: number;
}

export interface Part {
  heading: string | null;
  items: Item[];
  /** Things of this part that are not among `items` at all (search hits beyond the ones returned). */
  hidden: number;
  noun: [string, string];
  /** How to see the rest: raw text, escaped when written. */
  hint: string;
}

export interface Layout {
  /** Raw (unescaped) title. */
  title: string;
  /** Raw footer: our own words only. */
  footer: string;
  parts: Part[];
  citations: CitationRef[];
}

/** Longest raw text of one fact line; a longer summary or sentence is cut with "…". */
const LINE_MAX = 350;

function citeUrl(citations: Map<number, CitationRef>, n: number): string | null {
  return citations.get(n)?.article.url ?? null;
}

function eventItem(d: Dialect, e: EventLine, cmap: Map<number, CitationRef>): Item {
  const when = e.date.start ? e.when : e.date.precision === 'relative' ? e.when : 'undated';
  const place = e.place && !e.summary.includes(e.place) ? ` (${e.place})` : '';
  const text = `${d.bold(clipEscaped(when, 80, d.esc))} — ${clipEscaped(e.summary + place, LINE_MAX, d.esc)} ${d.cite(e.cite, citeUrl(cmap, e.cite))}`;
  return { text, cites: [e.cite], count: 1 };
}

export function articleTitle(a: ArticleRef): string {
  const title = a.title ?? (a.path ? a.path.split('/').pop()! : 'Untitled article');
  return [title, a.published, a.byline ? `by ${a.byline}` : null].filter(Boolean).join(' — ');
}

function hitItem(d: Dialect, h: SearchHit, cmap: Map<number, CitationRef>): string {
  let budget = LINE_MAX;
  let text = '';
  for (const s of h.segments) {
    if (budget <= 0) break;
    const piece = clipEscaped(s.text, budget, d.esc);
    budget -= s.text.length;
    if (s.hit && piece.trim()) {
      const lead = piece.match(/^\s*/)![0];
      const tail = piece.match(/\s*$/)![0];
      text += lead + d.bold(piece.trim()) + tail;
    } else text += piece;
  }
  if (h.kind === 'event') text = `Event: ${text}`;
  if (h.kind === 'quote') text = `Quote: “${text}”`;
  const also = h.also.map((k) => (k === 'event' ? 'an event' : 'a quote'));
  if (also.length) text += ` (also ${also.join(' and ')})`;
  return `${d.cite(h.cite, citeUrl(cmap, h.cite))} ${text}`;
}

/** "a, b, c and 12 more" within `max` raw characters. */
function listLine(names: string[], max: number): string {
  const shown: string[] = [];
  let len = 0;
  for (const n of names) {
    if (len + n.length + 2 > max && shown.length) break;
    shown.push(n.length > max ? `${n.slice(0, max)}…` : n);
    len += n.length + 2;
  }
  const rest = names.length - shown.length;
  return shown.join(', ') + (rest ? ` and ${rest} more` : '');
}

export function layout(answer: Answer, d: Dialect): Layout {
  const part = (heading: string | null, items: Item[], noun: [string, string], hint: string, hidden = 0): Part => ({
    heading,
    items,
    hidden,
    noun,
    hint,
  });
  const line = (raw: string, max = LINE_MAX): Item => ({ text: clipEscaped(raw, max, d.esc), cites: [], count: 1 });
  switch (answer.kind) {
    case 'profile': {
      const a = answer.actor;
      const cmap = new Map(answer.citations.map((c) => [c.n, c]));
      const parts: Part[] = [];
      const about: Item[] = [];
      if (a.role) about.push(line(a.role));
      if (a.aliases.length) about.push({ ...line(`Also written: ${listLine(a.aliases, 300)}`, 400), count: 0 });
      if (answer.affiliations.length) about.push({ ...line(`Affiliated with: ${listLine(answer.affiliations, 300)}`, 400), count: 0 });
      if (!answer.roles.length && !answer.events.length && !answer.quotes.length)
        about.push(line(`Named in ${plural(answer.articles.length, 'article')}; no roles, events or quotes recorded.`));
      if (about.length) parts.push(part(null, about, ['line', 'lines'], ''));
      const who = a.name;
      if (answer.roles.length)
        parts.push(
          part(
            'Roles',
            answer.roles.map((r) => ({
              text: `• ${clipEscaped(r.title + (r.organization && !r.title.includes(r.organization) ? `, ${r.organization}` : ''), LINE_MAX, d.esc)} ${d.cite(r.cite, citeUrl(cmap, r.cite))}`,
              cites: [r.cite],
              count: 1,
            })),
            ['role', 'roles'],
            `Look one up with /search ${who} and the title.`,
          ),
        );
      if (answer.events.length)
        parts.push(
          part(
            'Events',
            answer.events.map((e) => eventItem(d, e, cmap)),
            ['event', 'events'],
            `See them with a date range: /timeline ${who} from:2025-01 to:2025-06`,
          ),
        );
      if (answer.quotes.length)
        parts.push(
          part(
            'Quotes',
            answer.quotes.map((q) => ({
              text: `“${clipEscaped(q.words, LINE_MAX, d.esc)}”${q.when ? ` (${clipEscaped(q.when, 80, d.esc)})` : ''} ${d.cite(q.cite, citeUrl(cmap, q.cite))}`,
              cites: [q.cite],
              count: 1,
            })),
            ['quote', 'quotes'],
            `Find one with /search and a phrase from it.`,
          ),
        );
      return { title: `${a.name} (${a.type})`, footer: `briefbot · ${plural(answer.citations.length, 'source')}`, parts, citations: answer.citations };
    }
    case 'choices':
      return {
        title: `“${answer.query}” could be several people or things. Which one?`,
        footer: 'briefbot',
        parts: [
          part(
            null,
            answer.choices.map((c) => line(`• ${c.name} (${c.role ?? c.type})`)),
            ['name', 'names'],
            'Ask again with a fuller name.',
          ),
          part(null, [line(`Ask again with the full name, for example: /who ${answer.choices[0]?.name ?? ''}`)], ['line', 'lines'], ''),
        ],
        citations: [],
      };
    case 'not-found': {
      const what = answer.what === 'command' ? 'command' : answer.what === 'event' ? 'matching event' : 'one';
      const msg =
        answer.what === 'actor'
          ? `I know no “${answer.query}”.`
          : answer.what === 'text'
            ? `No sentence, event or quote contains “${answer.query}”.`
            : `No ${what} for “${answer.query}”.`;
      const parts = [part(null, [line(msg, 1000)], ['line', 'lines'], '')];
      if (answer.suggestions.length) parts.push(part(null, [line(`Did you mean: ${listLine(answer.suggestions, 600)}?`, 800)], ['line', 'lines'], ''));
      return { title: 'Not found', footer: 'briefbot', parts, citations: [] };
    }
    case 'dates':
    case 'timeline': {
      const cmap = new Map(answer.citations.map((c) => [c.n, c]));
      const ranged = answer.kind === 'timeline' && (answer.range.from || answer.range.to);
      const title =
        answer.kind === 'dates'
          ? `When: ${answer.query}`
          : `Timeline: ${answer.subject}${ranged ? ` (${answer.range.from ?? '…'} to ${answer.range.to ?? '…'})` : ''}`;
      const subject = answer.kind === 'dates' ? (answer.actor?.name ?? answer.query) : answer.subject;
      const items = answer.events.map((e) => eventItem(d, e, cmap));
      const parts = items.length
        ? [part(null, items, ['event', 'events'], `Narrow it with a date range: /timeline ${subject} from:2025-01 to:2025-06`)]
        : [part(null, [line(ranged ? 'No dated events in that range.' : 'No events recorded.')], ['line', 'lines'], '')];
      return { title, footer: `briefbot · ${plural(answer.events.length, 'event')}`, parts, citations: answer.citations };
    }
    case 'search': {
      const cmap = new Map(answer.citations.map((c) => [c.n, c]));
      const items: Item[] = [];
      let returned = 0;
      for (const g of answer.groups) {
        g.hits.forEach((h, i) => {
          const hit = hitItem(d, h, cmap);
          const label = i === 0 ? `${d.italic(clipEscaped(articleTitle(g.article), 200, d.esc))}\n` : '';
          items.push({ text: label + hit, cites: [h.cite], count: 1 });
          returned++;
        });
      }
      const hidden = Math.max(0, answer.total - returned);
      const parts = items.length
        ? [part(null, items, ['match', 'matches'], 'Narrow it with a more exact phrase or a full name.', hidden)]
        : [part(null, [line('No matches.')], ['line', 'lines'], '')];
      return {
        title: `Search: ${answer.query}`,
        footer: `briefbot · ${plural(answer.total, 'match', 'matches')} in ${plural(answer.groups.length, 'article')}`,
        parts,
        citations: answer.citations,
      };
    }
    case 'help': {
      if (answer.commands.length === 1) {
        const c = answer.commands[0]!;
        const items: Item[] = [line(c.description, 1000)];
        for (const o of c.options) items.push(line(`• ${o.name}${o.required ? '' : ' (optional)'}: ${o.description}`));
        if (c.examples.length) items.push(line(`Examples: ${c.examples.join('   ')}`, 600));
        return { title: c.usage, footer: 'briefbot', parts: [part(null, items, ['line', 'lines'], '')], citations: [] };
      }
      return {
        title: 'Commands',
        footer: 'briefbot · type /help COMMAND for details',
        parts: [
          part(
            null,
            answer.commands.map((c) => ({ text: `${d.bold(clipEscaped(c.usage, 120, d.esc))} — ${clipEscaped(c.description, 300, d.esc)}`, cites: [], count: 1 })),
            ['command', 'commands'],
            'Type /help COMMAND for one of them.',
          ),
        ],
        citations: [],
      };
    }
    case 'problem':
      return { title: 'Sorry', footer: 'briefbot', parts: [part(null, [line(answer.message, 1500)], ['line', 'lines'], '')], citations: [] };
  }
}

export interface Packed {
  /** Per part, its output lines (heading, items, "… and N more"). */
  parts: string[][];
  cites: Set<number>;
}

function moreLine(d: Dialect, p: Part, n: number): string {
  return d.italic(clipEscaped(`… and ${n} more ${n === 1 ? p.noun[0] : p.noun[1]}.${p.hint ? ` ${p.hint}` : ''}`, 400, d.esc));
}

function partLength(d: Dialect, p: Part): number {
  return (p.heading ? d.bold(d.esc(p.heading)).length + 1 : 0) + p.items.reduce((n, i) => n + i.text.length + 1, 0) + (p.hidden ? moreLine(d, p, p.hidden).length + 1 : 0);
}

/**
 * Fit the parts into `budget` characters (lines joined by "\n", parts by a blank line): each part
 * gets a fair share (unused share goes to the others); a cut part ends with "… and N more".
 */
export function pack(parts: Part[], budget: number, d: Dialect): Packed {
  // a part's need includes room for its "… and N more" line, which every shown line but the last
  // keeps free; without it a part that fits whole was cut after its first line
  const need = parts.map((p) => partLength(d, p) + 1 + moreLine(d, p, p.items.reduce((n, it) => n + it.count, 0) + p.hidden).length + 1);
  const share = new Array<number>(parts.length).fill(0);
  let left = budget;
  const order = parts.map((_, i) => i).sort((a, b) => need[a]! - need[b]!);
  order.forEach((i, k) => {
    const fair = Math.floor(left / (order.length - k));
    share[i] = Math.min(need[i]!, fair);
    left -= share[i]!;
  });
  const cites = new Set<number>();
  const out = parts.map((p, i) => {
    const b = share[i]! - 1; // the blank line between parts
    const lines: string[] = [];
    let used = 0;
    if (p.heading) {
      const h = d.bold(d.esc(p.heading));
      lines.push(h);
      used += h.length + 1;
    }
    const total = p.items.reduce((n, it) => n + it.count, 0) + p.hidden;
    const reserve = moreLine(d, p, total).length + 1;
    let shown = 0;
    let k = 0;
    for (; k < p.items.length; k++) {
      const it = p.items[k]!;
      const last = k === p.items.length - 1 && !p.hidden;
      if (used + it.text.length + 1 + (last ? 0 : reserve) > b) break;
      lines.push(it.text);
      used += it.text.length + 1;
      shown += it.count;
      for (const c of it.cites) cites.add(c);
    }
    const rest = total - shown;
    // never longer than `reserve`, which every shown line left room for
    if (rest > 0) lines.push(moreLine(d, p, rest));
    return lines;
  });
  return { parts: out, cites };
}

/** Source lines for the cited numbers, in number order. */
export function sourceLines(citations: CitationRef[], cited: Set<number>, d: Dialect): string[] {
  return citations
    .filter((c) => cited.has(c.n))
    .sort((a, b) => a.n - b.n)
    .map(
      (c) =>
        `${d.cite(c.n, c.article.url)} ${clipEscaped(articleTitle(c.article), 160, d.esc)}, sentence ${c.sentenceIndex + 1}: “${clipEscaped(c.sentence, 160, d.esc)}”`,
    );
}
