// Answers as plain text for the console and `briefbot ask`: readable in an 80-column terminal,
// every fact followed by its citation number, the numbered sources at the end.
import type { ActorChange, Alert, AlertFact, Answer, CitationRef, Digest, EventLine, QuoteLine, SearchHit } from '../briefing/answers.ts';
import type { ArticleRef } from '../domain.ts';

export const WIDTH = 80;

/** Article text may carry terminal escapes or bidi overrides; none of it may reach the terminal. */
export function plain(s: string): string {
  return s.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** Word-wrap to `width`, indenting continuation lines by `indent` spaces. */
export function wrap(text: string, width = WIDTH, indent = 0, firstIndent = indent): string {
  const words = plain(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = ' '.repeat(firstIndent);
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > width) {
      lines.push(line);
      line = ' '.repeat(indent);
      empty = true;
    }
    if (w.length > width - indent && empty) {
      // a URL or other unbreakable run: give it its own line(s)
      let rest = w;
      while (line.length + rest.length > width) {
        const room = width - line.length;
        lines.push(line + rest.slice(0, room));
        rest = rest.slice(room);
        line = ' '.repeat(indent);
      }
      line += rest;
      empty = false;
      continue;
    }
    line += (empty ? '' : ' ') + w;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines.map((l) => l.trimEnd()).join('\n');
}

/** "  19 January 2025       Appeal Court released ..." with continuation lines under the text. */
export function hang(prefix: string, text: string, column: number, width = WIDTH): string {
  // the prefix is often an event's "when", which comes from article text like the body does
  prefix = plain(prefix);
  const head = prefix.length < column ? prefix.padEnd(column) : `${prefix} `;
  const body = wrap(text, width, column, head.length);
  return head + body.slice(head.length);
}

export function articleLabel(a: ArticleRef): string {
  const title = a.title ?? (a.path ? a.path.split('/').pop()! : 'Untitled article');
  const bits = [title];
  if (a.published) bits.push(a.published);
  if (a.byline) bits.push(`by ${a.byline}`);
  if (a.url) bits.push(a.url);
  return bits.join(' — ');
}

/**
 * Rows of one list the console shows; the rest is counted, as chat answers count theirs. Without
 * a cap, `/when said` on a large index printed 4 MB into the terminal.
 */
export const MAX_ROWS = 60;

/**
 * The first MAX_ROWS rows, then "… and N more" with how to narrow the question. `hidden`: rows
 * the answer already left out (a digest's caps), counted with the ones cut here.
 */
function rows<T>(items: readonly T[], row: (t: T) => string, noun: string | [string, string], hint = '', hidden = 0): string[] {
  const out = items.slice(0, MAX_ROWS).map(row);
  const rest = Math.max(0, items.length - MAX_ROWS) + hidden;
  const word = typeof noun === 'string' ? noun : noun[rest === 1 ? 0 : 1];
  if (rest > 0) out.push(wrap(`… and ${rest} more ${word}.${hint ? ` ${hint}` : ''}`, WIDTH, 2, 2));
  return out;
}

/** The sources the shown lines cite: a cut list's hidden rows take their sources with them. */
function sources(citations: CitationRef[], body: readonly string[] = []): string[] {
  const cut = body.some((l) => /^\s*… and \d+ more /.test(l));
  const cited = new Set(body.flatMap((l) => [...l.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))));
  const shown = cut ? citations.filter((c) => cited.has(c.n)) : citations;
  if (!shown.length) return [];
  const out = ['', 'Sources'];
  for (const c of shown) {
    out.push(wrap(`[${c.n}] ${articleLabel(c.article)}, sentence ${c.sentenceIndex + 1}:`, WIDTH, 5, 0));
    out.push(wrap(`“${c.sentence}”`, WIDTH, 5));
  }
  return out;
}

function eventRow(e: EventLine): string {
  const when = e.date.start ? e.when : e.date.precision === 'relative' ? e.when : 'undated';
  const place = e.place && !e.summary.includes(e.place) ? ` (${e.place})` : '';
  // the id (e12) makes the fact addressable: /fix hide e12, /fix date e12 2025-01-22
  return hang(`  ${when}`, `${e.summary}${place} [${e.cite}] e${e.id}`, 24);
}

/** A byline credit as a line of a profile: "Author of 3 articles", "Reporter on 1 article". */
export function creditLine(c: { role: string; articles: number }): string {
  const lead = c.role === 'reporter' ? 'Reporter on' : c.role === 'photographer' ? 'Photographs in' : `${c.role.charAt(0).toUpperCase()}${c.role.slice(1)} of`;
  return `${lead} ${plural(c.articles, 'article')}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function quoteRow(q: QuoteLine, withSpeaker: boolean): string {
  const who = withSpeaker && q.speaker ? ` — ${q.speaker}` : '';
  return wrap(`“${q.words}”${who}${q.when ? ` (${q.when})` : ''} [${q.cite}] q${q.id}`, WIDTH, 4, 2);
}

/** One /search hit: matched words marked like *this*, what else matched in the sentence, the citation. */
function searchRow(h: SearchHit): string {
  let text = h.segments.map((s) => (s.hit ? `*${s.text}*` : s.text)).join('');
  if (h.kind === 'event') text = `Event: ${text}`;
  if (h.kind === 'quote') text = `Quote: “${text}”`;
  const also = h.also.map((k) => (k === 'event' ? 'an event' : 'a quote'));
  if (also.length) text += ` (also ${also.join(' and ')})`;
  return hang(`[${h.cite}]`.padStart(5), text, 6);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * An ISO instant as "Friday 4 December 2026, 08:00 UTC". Spelled out by hand, not by Intl, whose
 * wording moves with the ICU version; UTC because the answer does not carry the channel's zone.
 */
export function readableTime(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return plain(iso);
  const hh = String(t.getUTCHours()).padStart(2, '0');
  const mm = String(t.getUTCMinutes()).padStart(2, '0');
  return `${WEEKDAYS[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** A digest with nothing at all to report, counted leftovers included: the quiet-morning post. */
export function isQuietDigest(d: Digest): boolean {
  const m = d.more;
  return !d.articles.length && !d.actors.length && !d.events.length && !d.quotes.length && !m.articles && !m.actors && !m.events && !m.quotes;
}

export function nothingNew(since: string | null): string {
  return since ? `Nothing new since ${readableTime(since)}.` : 'Nothing new yet.';
}

export function digestHeading(d: Digest): string {
  return `Digest for ${d.day}${d.topic ? ` — ${d.topic}` : ''}`;
}

/** How to see what a digest left out: a preview shows more than the channel's post, a brief the whole story. */
export function digestHint(d: Digest, cmd: (name: string) => string = (n) => `/${n}`): string {
  const hints: string[] = [];
  if (d.audience === 'channel') hints.push(`${cmd('digest')} preview shows more.`);
  if (d.topic) hints.push(`For the whole story: ${cmd('brief')} ${d.topic}`);
  return hints.join(' ');
}

/** "new", "new: chief executive [2]", "now chief executive [2]; port director [3]". */
export function changeWords(c: ActorChange, role: (r: { title: string; cite: number }) => string): string {
  const roles = c.roles.map(role).join('; ');
  if (c.change === 'new') return roles ? `new: ${roles}` : 'new';
  return roles ? `now ${roles}` : '';
}

/** "Watch: Janssen — Marieke Janssen, chief executive"; the name is not said twice when typed in full. */
export function alertHeading(a: Alert): string {
  const actor = a.actor;
  const who = actor && actor.name.toLowerCase() !== a.watch.trim().toLowerCase() ? ` — ${actor.name}` : '';
  return `Watch: ${a.watch}${who}${actor?.role ? `${who ? ', ' : ' — '}${actor.role}` : ''}`;
}

export function eventWhen(e: EventLine): string {
  return e.date.start ? e.when : e.date.precision === 'relative' ? e.when : 'undated';
}

function alertFactRow(f: AlertFact): string {
  const line =
    f.kind === 'role'
      ? `${f.actor.name} is now ${f.title} [${f.cite}]`
      : f.kind === 'event'
        ? `${eventWhen(f.event)} — ${f.event.summary} [${f.event.cite}]`
        : `${f.quote.speaker ? `${f.quote.speaker}: ` : ''}“${f.quote.words}” [${f.quote.cite}]`;
  return wrap(`- ${line}`, WIDTH, 6, 4);
}

export function renderText(answer: Answer): string {
  const out: string[] = [];
  switch (answer.kind) {
    case 'profile': {
      const a = answer.actor;
      out.push(wrap(`${a.name} (${a.type})`));
      if (a.aliases.length) out.push(wrap(`Also written: ${a.aliases.join(', ')}`, WIDTH, 2));
      if (answer.roles.length) {
        out.push('Roles:');
        out.push(...rows(answer.roles, (r) => wrap(`- ${r.title}${r.held ? ` (${r.held})` : ''} ${r.cite !== null ? `[${r.cite}]` : '(editor)'}`, WIDTH, 4, 2), 'roles'));
      }
      if (answer.affiliations.length) out.push(wrap(`Affiliated with: ${answer.affiliations.join('; ')}`, WIDTH, 2));
      for (const c of answer.credits) out.push(wrap(`${creditLine(c)} [${c.cite}]`, WIDTH, 2));
      if (answer.people.length) {
        out.push('', 'People:');
        out.push(...rows(answer.people, (p) => wrap(`- ${p.name}${p.role ? ` — ${p.role}` : ''}${p.cite ? ` [${p.cite}]` : ''}`, WIDTH, 4, 2), 'people'));
      }
      if (answer.events.length) {
        out.push('', 'Events:');
        out.push(...rows(answer.events, eventRow, 'events', `See them all: /timeline ${a.name}`));
      }
      if (answer.quotes.length) {
        out.push('', 'Quotes:');
        out.push(...rows(answer.quotes, (q) => quoteRow(q, false), 'quotes', `See them all: /quotes ${a.name}`));
      }
      if (!answer.roles.length && !answer.events.length && !answer.quotes.length && !answer.credits.length && !answer.people.length)
        out.push(wrap(`Named in ${answer.articles.length} article(s); no roles, events or quotes recorded.`, WIDTH, 2));
      out.push(...sources(answer.citations, out));
      break;
    }
    case 'choices':
      out.push(wrap(`“${answer.query}” could be several people or things. Which one?`));
      for (const c of answer.choices) out.push(wrap(`- ${c.name} (${c.role ?? c.type})`, WIDTH, 4, 2));
      out.push(wrap(`Ask again with the full name, for example: /${answer.command ?? 'who'} ${answer.choices[0]?.name ?? ''}`));
      break;
    case 'not-found': {
      const what = answer.what === 'command' ? 'command' : answer.what === 'event' ? 'matching event' : 'one';
      out.push(
        wrap(
          answer.what === 'actor'
            ? `Not found: I know no “${answer.query}”.`
            : answer.what === 'text'
              ? `Not found: no sentence, event or quote contains “${answer.query}”.`
              : answer.what === 'subject'
                ? `Not found: I know no one called “${answer.query}”, and no article mentions it.`
                : answer.what === 'article'
                  ? `Not found: no article has that URL, file name or title: “${answer.query}”.`
              : `Not found: no ${what} for “${answer.query}”.`,
        ),
      );
      if (answer.suggestions.length) out.push(wrap(`Did you mean: ${answer.suggestions.join(', ')}?`));
      break;
    }
    case 'dates':
    case 'timeline': {
      const head =
        answer.kind === 'dates'
          ? `When: ${answer.query}`
          : `Timeline: ${answer.subject}${answer.range.from || answer.range.to ? ` (${answer.range.from ?? '…'} to ${answer.range.to ?? '…'})` : ''}`;
      out.push(wrap(head));
      const sentences = answer.kind === 'dates' ? answer.sentences : [];
      if (!answer.events.length && sentences.length) {
        out.push('  No event records it; the sentences that say so give these dates:');
        out.push(...rows(sentences, (x) => hang(`  ${x.when}`, `[${x.cite}]`, 24), 'sentences'));
      } else if (!answer.events.length)
        out.push(answer.kind === 'timeline' && (answer.range.from || answer.range.to) ? '  No dated events in that range.' : '  No events recorded.');
      let undatedShown = false;
      const hint =
        answer.kind === 'timeline' ? `Narrow it with dates: /timeline ${answer.subject} from:2025-01 to:2025-06` : 'Add words to narrow it: who, and what happened.';
      out.push(
        ...rows(
          answer.events,
          (e) => {
            const undated = !e.date.start && !undatedShown && answer.kind === 'timeline';
            if (undated) undatedShown = true;
            return `${undated ? '  Undated:\n' : ''}${eventRow(e)}`;
          },
          'events',
          hint,
        ),
      );
      out.push(...sources(answer.citations, out));
      break;
    }
    case 'search': {
      const shown = answer.groups.reduce((n, g) => n + g.hits.length, 0);
      const count = shown < answer.total ? `${plural(answer.total, 'match', 'matches')}, the best ${shown} shown,` : plural(answer.total, 'match', 'matches');
      out.push(wrap(`Search: ${answer.query} — ${count} in ${plural(answer.groups.length, 'article')}`));
      for (const g of answer.groups) {
        out.push('', wrap(articleLabel(g.article), WIDTH, 2));
        for (const h of g.hits) out.push(searchRow(h));
      }
      out.push(...sources(answer.citations));
      break;
    }
    case 'brief': {
      const subject = answer.actor?.name ?? answer.subject;
      out.push(wrap(`Brief: ${subject}${answer.actor?.role ? ` — ${answer.actor.role}` : ''}`));
      if (answer.actors.length) {
        out.push('', answer.actor ? 'Around them:' : 'Key people:');
        for (const a of answer.actors) out.push(wrap(`- ${a.name}${a.role ? ` — ${a.role}` : ''}`, WIDTH, 4, 2));
      }
      if (answer.events.length) {
        out.push('', answer.earlier ? wrap(`Latest events (${answer.earlier} more: /timeline ${subject}):`) : 'Events:');
        for (const e of answer.events) out.push(eventRow(e));
      }
      if (answer.quotes.length) {
        out.push('', 'Quotes:');
        for (const q of answer.quotes) out.push(quoteRow(q, true));
      }
      if (answer.sentences.length) {
        const byN = new Map(answer.citations.map((c) => [c.n, c]));
        out.push('', 'In the articles:');
        for (const n of answer.sentences) out.push(hang(`[${n}]`.padStart(5), byN.get(n)?.sentence ?? '', 6));
      }
      if (!answer.actors.length && !answer.events.length && !answer.quotes.length && !answer.sentences.length) out.push('  Named in the articles below; no events or quotes recorded.');
      out.push('', 'Articles:');
      for (const a of answer.articles.slice(0, 5)) out.push(wrap(`- ${articleLabel(a)}`, WIDTH, 4, 2));
      if (answer.articles.length > 5) out.push(wrap(`… and ${answer.articles.length - 5} more: /sources ${subject}`, WIDTH, 2, 2));
      out.push(...sources(answer.citations));
      break;
    }
    case 'digest': {
      if (isQuietDigest(answer)) return wrap(nothingNew(answer.since));
      out.push(wrap(digestHeading(answer)));
      out.push(wrap(answer.since ? `New since ${readableTime(answer.since)}` : 'First digest', WIDTH, 2));
      const hint = digestHint(answer);
      const m = answer.more;
      if (answer.articles.length || m.articles) {
        out.push('', 'New articles:');
        out.push(...rows(answer.articles, (a) => wrap(`- ${articleLabel(a)}`, WIDTH, 4, 2), ['article', 'articles'], hint, m.articles));
      }
      if (answer.actors.length || m.actors) {
        out.push('', 'People and organisations:');
        const row = (c: ActorChange) => {
          const what = changeWords(c, (r) => `${r.title} [${r.cite}]`);
          return wrap(`- ${c.actor.name}${what ? ` — ${what}` : ''}`, WIDTH, 4, 2);
        };
        out.push(...rows(answer.actors, row, ['person or organisation', 'people and organisations'], hint, m.actors));
      }
      if (answer.events.length || m.events) {
        out.push('', 'Events:');
        out.push(...rows(answer.events, eventRow, ['event', 'events'], hint, m.events));
      }
      if (answer.quotes.length || m.quotes) {
        out.push('', 'Quotes:');
        const row = (q: QuoteLine) => wrap(`${q.speaker ? `${q.speaker}: ` : ''}“${q.words}” [${q.cite}]`, WIDTH, 4, 2);
        out.push(...rows(answer.quotes, row, ['quote', 'quotes'], hint, m.quotes));
      }
      out.push(...sources(answer.citations, out));
      break;
    }
    case 'alert': {
      out.push(wrap(alertHeading(answer)));
      for (const item of answer.items) {
        out.push('', wrap(articleLabel(item.article), WIDTH, 2));
        out.push(...rows(item.facts, alertFactRow, ['fact', 'facts'], '', item.more).map((l) => (l.startsWith('  … ') ? `  ${l}` : l)));
      }
      if (answer.more) out.push('', wrap(`… and ${plural(answer.more, 'more article', 'more articles')}. See them: /sources ${answer.watch}`, WIDTH, 2));
      out.push(...sources(answer.citations, out));
      break;
    }
    case 'quotes':
      out.push(wrap(`Quotes: ${answer.actor.name} — ${plural(answer.quotes.length, 'quote')}, latest first`));
      if (!answer.quotes.length) out.push(wrap(`No quotes from ${answer.actor.name} on record.`, WIDTH, 2, 2));
      out.push(...rows(answer.quotes, (q) => quoteRow(q, false), 'quotes'));
      out.push(...sources(answer.citations, out));
      break;
    case 'link': {
      out.push(wrap(`${answer.a.name} ↔ ${answer.b.name}`));
      if (answer.ties.length) {
        out.push('', 'Ties:');
        for (const t of answer.ties) out.push(wrap(`- ${t.text}${t.cite ? ` [${t.cite}]` : ''}`, WIDTH, 4, 2));
      }
      if (answer.events.length) {
        out.push('', 'Shared events:');
        out.push(...rows(answer.events, eventRow, 'events'));
      }
      if (answer.sentences.length) {
        out.push('', 'Named together:');
        const byN = new Map(answer.citations.map((c) => [c.n, c]));
        out.push(...rows(answer.sentences, (n) => hang(`[${n}]`.padStart(5), byN.get(n)?.sentence ?? '', 6), 'sentences'));
      }
      const direct = answer.ties.length > 0 || answer.events.length > 0 || answer.sentences.length > 0;
      if (!direct) {
        if (answer.nearby.length) {
          out.push(wrap(`Never named in one sentence; close together in ${plural(answer.articles.length, 'article')}:`, WIDTH, 2, 2));
          const byN = new Map(answer.citations.map((c) => [c.n, c]));
          out.push(...rows(answer.nearby, (n) => hang(`[${n}]`.padStart(5), byN.get(n)?.sentence ?? '', 6), 'sentences'));
        } else out.push(wrap(`No connection found between ${answer.a.name} and ${answer.b.name} in the articles I have.`, WIDTH, 2, 2));
      }
      // (beside a direct tie only the organisations both belong to; without one, all both are named with)
      if (answer.through.length) {
        out.push('', direct ? 'Both with:' : 'Both are named with:');
        for (const a of answer.through) out.push(wrap(`- ${a.name}${a.role ? ` — ${a.role}` : ''}`, WIDTH, 4, 2));
      }
      if (direct) out.push('', wrap(`Named together in ${plural(answer.articles.length, 'article')}.`));
      // the sentences are printed above; the sources list says where each is from
      out.push(...sources(answer.citations, out));
      break;
    }
    case 'sources':
      out.push(wrap(`Sources: ${answer.subject} — ${plural(answer.articles.length, 'article')}, newest first`));
      out.push(...rows(answer.articles, (a) => wrap(`- ${articleLabel(a.article)}${a.mentions ? ` (${plural(a.mentions, 'sentence')})` : ''}`, WIDTH, 4, 2), 'articles'));
      break;
    case 'help':
      if (answer.commands.length === 1) {
        const c = answer.commands[0]!;
        out.push(wrap(`${c.usage}`), wrap(c.description, WIDTH, 2, 2));
        for (const o of c.options) out.push(wrap(`${o.name}${o.required ? '' : ' (optional)'}: ${o.description}`, WIDTH, 4, 2));
        if (c.examples.length) out.push(wrap(`Examples: ${c.examples.join('   ')}`, WIDTH, 2, 2));
      } else {
        out.push('Commands:');
        for (const c of answer.commands) out.push(hang(`  ${c.usage}`, c.description, 30));
        out.push('', 'Type /help COMMAND for details.');
      }
      break;
    case 'notice':
      out.push(wrap(answer.title));
      for (const l of answer.lines) out.push(wrap(l, WIDTH, 2, 2));
      break;
    case 'problem':
      out.push(wrap(answer.message));
      break;
    default: {
      // a new kind of answer must be given a rendering here; this fails to compile until it is
      const unhandled: never = answer;
      return String(unhandled);
    }
  }
  return out.join('\n');
}
