// The layout the Discord and Slack renderers share: an answer cut into headed parts of lines,
// packed into a character budget with an honest "… and N more" and a hint to narrow it.
import type { ActorChange, ActorRef, AlertFact, Answer, CitationRef, EventLine, QuoteLine, SearchHit } from '../briefing/answers.ts';
import type { ArticleRef } from '../domain.ts';
import { clipEscaped } from './escape.ts';
import { alertHeading, changeWords, creditLine, digestHeading, digestHint, eventWhen, isQuietDigest, nothingNew, plural, readableTime } from './text.ts';

/** How one platform writes the few pieces of markup the layout needs. */
export interface Dialect {
  esc(raw: string): string;
  /** `s` is already escaped. */
  bold(s: string): string;
  italic(s: string): string;
  /** A citation number, linked to the article when it has a URL. */
  cite(n: number, url: string | null): string;
  /** `label` (already escaped) linked to `url` when it is a safe http(s) URL, else the label alone. */
  link(label: string, url: string | null): string;
  /** How a command is typed on this surface: "/who", or "/bb-who" on a Slack workspace with a prefix. */
  cmd(name: string): string;
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
  const when = eventWhen(e);
  const place = e.place && !e.summary.includes(e.place) ? ` (${e.place})` : '';
  // the id (e12) makes the fact addressable: /fix hide e12, /fix date e12 2025-01-22
  const text = `${d.bold(clipEscaped(when, 80, d.esc))} — ${clipEscaped(e.summary + place, LINE_MAX, d.esc)} ${d.cite(e.cite, citeUrl(cmap, e.cite))} ${d.italic(`e${e.id}`)}`;
  return { text, cites: [e.cite], count: 1 };
}

function quoteItem(d: Dialect, q: QuoteLine, cmap: Map<number, CitationRef>, withSpeaker: boolean): Item {
  const who = withSpeaker && q.speaker ? ` — ${clipEscaped(q.speaker, 100, d.esc)}` : '';
  const when = q.when ? ` (${clipEscaped(q.when, 80, d.esc)})` : '';
  return { text: `“${clipEscaped(q.words, LINE_MAX, d.esc)}”${who}${when} ${d.cite(q.cite, citeUrl(cmap, q.cite))} ${d.italic(`q${q.id}`)}`, cites: [q.cite], count: 1 };
}

function actorItem(d: Dialect, a: ActorRef): Item {
  return { text: `• ${d.bold(clipEscaped(a.name, 120, d.esc))}${a.role ? ` — ${clipEscaped(a.role, 200, d.esc)}` : ''}`, cites: [], count: 1 };
}

function articleItem(d: Dialect, a: ArticleRef, note = ''): Item {
  return { text: `• ${d.link(clipEscaped(articleTitle(a), 250, d.esc), a.url)}${note}`, cites: [], count: 1 };
}

/** "Speaker: “words” [n]": a digest or alert names who spoke first, as a reader scans for it. */
function saidItem(d: Dialect, q: QuoteLine, cmap: Map<number, CitationRef>): Item {
  const who = q.speaker ? `${clipEscaped(q.speaker, 100, d.esc)}: ` : '';
  return { text: `${who}“${clipEscaped(q.words, LINE_MAX, d.esc)}” ${d.cite(q.cite, citeUrl(cmap, q.cite))}`, cites: [q.cite], count: 1 };
}

/** Roles an actor change shows on chat; one actor given dozens must not crowd out the rest of the list. */
const CHANGE_ROLES = 3;

function changeItem(d: Dialect, c: ActorChange, cmap: Map<number, CitationRef>): Item {
  const shown = c.roles.slice(0, CHANGE_ROLES);
  let what = changeWords({ ...c, roles: shown }, (r) => `${clipEscaped(r.title, 200, d.esc)} ${d.cite(r.cite, citeUrl(cmap, r.cite))}`);
  if (c.roles.length > shown.length) what += ` and ${plural(c.roles.length - shown.length, 'more role')}`;
  return { text: `• ${d.bold(clipEscaped(c.actor.name, 120, d.esc))}${what ? ` — ${what}` : ''}`, cites: shown.map((r) => r.cite), count: 1 };
}

function alertFactItem(d: Dialect, f: AlertFact, cmap: Map<number, CitationRef>): Item {
  const bullet = (it: Item): Item => ({ ...it, text: `• ${it.text}` });
  if (f.kind === 'event') return bullet(eventItem(d, f.event, cmap));
  if (f.kind === 'quote') return bullet(saidItem(d, f.quote, cmap));
  return {
    text: `• ${d.bold(clipEscaped(f.actor.name, 120, d.esc))} is now ${clipEscaped(f.title, 200, d.esc)} ${d.cite(f.cite, citeUrl(cmap, f.cite))}`,
    cites: [f.cite],
    count: 1,
  };
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

/**
 * Our own words that name commands ("/who", "/timeline X from:…") as this surface types them:
 * with a Slack prefix, "/who" is "/bb-who". Only known command names right after a space, a
 * quote or the start are touched.
 */
export function withCommandPrefix(text: string, prefix: string, names: readonly string[]): string {
  if (!prefix || !names.length) return text;
  const re = new RegExp(`(^|[\\s(“"'])\\/(${names.join('|')})(?=$|[\\s.,;:!?)”"'])`, 'g');
  return text.replace(re, `$1/${prefix}$2`);
}

/** An answer's own command references (problems, suggestions, help) with the surface's prefix. */
export function prefixAnswer(answer: Answer, prefix: string, names: readonly string[]): Answer {
  if (!prefix) return answer;
  const fix = (t: string) => withCommandPrefix(t, prefix, names);
  switch (answer.kind) {
    case 'problem':
      return { ...answer, message: fix(answer.message) };
    case 'not-found':
      return { ...answer, query: answer.what === 'command' ? fix(answer.query) : answer.query, suggestions: answer.suggestions.map(fix) };
    case 'help':
      return { ...answer, commands: answer.commands.map((c) => ({ ...c, usage: fix(c.usage), examples: c.examples.map(fix), description: fix(c.description) })) };
    default:
      return answer;
  }
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
      for (const c of answer.credits) about.push({ ...line(`${creditLine(c)} ${d.cite(c.cite, citeUrl(cmap, c.cite))}`, 400), cites: [c.cite] });
      if (!answer.roles.length && !answer.events.length && !answer.quotes.length && !answer.credits.length && !answer.people.length)
        about.push(line(`Named in ${plural(answer.articles.length, 'article')}; no roles, events or quotes recorded.`));
      if (about.length) parts.push(part(null, about, ['line', 'lines'], ''));
      const who = a.name;
      if (answer.roles.length)
        parts.push(
          part(
            'Roles',
            answer.roles.map((r) => ({
              text: `• ${clipEscaped(r.title + (r.organization && !r.title.includes(r.organization) ? `, ${r.organization}` : '') + (r.held ? ` (${r.held})` : ''), LINE_MAX, d.esc)} ${r.cite !== null ? d.cite(r.cite, citeUrl(cmap, r.cite)) : d.esc('(editor)')}`,
              cites: r.cite !== null ? [r.cite] : [],
              count: 1,
            })),
            ['role', 'roles'],
            `Look one up with ${d.cmd('search')} ${who} and the title.`,
          ),
        );
      if (answer.people.length)
        parts.push(
          part(
            'People',
            answer.people.map((p) => ({
              text: `• ${clipEscaped(p.name + (p.role ? ` — ${p.role}` : ''), LINE_MAX, d.esc)}${p.cite ? ` ${d.cite(p.cite, citeUrl(cmap, p.cite))}` : ''}`,
              cites: p.cite ? [p.cite] : [],
              count: 1,
            })),
            ['person', 'people'],
            `Ask about one with ${d.cmd('who')} and the name.`,
          ),
        );
      if (answer.events.length)
        parts.push(
          part(
            'Events',
            answer.events.map((e) => eventItem(d, e, cmap)),
            ['event', 'events'],
            `See them with a date range: ${d.cmd('timeline')} ${who} from:2025-01 to:2025-06`,
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
            `Find one with ${d.cmd('search')} and a phrase from it.`,
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
          part(null, [line(`Ask again with the full name, for example: ${d.cmd(answer.command ?? 'who')} ${answer.choices[0]?.name ?? ''}`)], ['line', 'lines'], ''),
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
            : answer.what === 'subject'
              ? `I know no one called “${answer.query}”, and no article mentions it.`
              : answer.what === 'article'
                ? `No article has that URL, file name or title: “${answer.query}”.`
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
      const sentences = answer.kind === 'dates' ? answer.sentences : [];
      const parts = items.length
        ? [part(null, items, ['event', 'events'], `Narrow it with a date range: ${d.cmd('timeline')} ${subject} from:2025-01 to:2025-06`)]
        : sentences.length
          ? [
              part(
                'No event records it; the sentences that say so give these dates',
                sentences.map((x) => ({ text: `${d.bold(clipEscaped(x.when, 80, d.esc))} ${d.cite(x.cite, citeUrl(cmap, x.cite))}`, cites: [x.cite], count: 1 })),
                ['date', 'dates'],
                'Narrow it with more words from the sentence.',
              ),
            ]
          : [part(null, [line(ranged ? 'No dated events in that range.' : 'No events recorded.')], ['line', 'lines'], '')];
      const footer = items.length || !sentences.length ? plural(answer.events.length, 'event') : plural(sentences.length, 'dated sentence');
      return { title, footer: `briefbot · ${footer}`, parts, citations: answer.citations };
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
    case 'brief': {
      const cmap = new Map(answer.citations.map((c) => [c.n, c]));
      const parts: Part[] = [];
      const subject = answer.actor?.name ?? answer.subject;
      if (answer.actor?.role) parts.push(part(null, [line(answer.actor.role)], ['line', 'lines'], ''));
      if (answer.actors.length)
        parts.push(part(answer.actor ? 'Around them' : 'Key people', answer.actors.map((a) => actorItem(d, a)), ['name', 'names'], `See one with ${d.cmd('who')} NAME.`));
      if (answer.events.length)
        parts.push(
          part(answer.earlier ? 'Latest events' : 'Events', answer.events.map((e) => eventItem(d, e, cmap)), ['event', 'events'], `See them all with ${d.cmd('timeline')} ${subject}`, answer.earlier),
        );
      if (answer.quotes.length) parts.push(part('Quotes', answer.quotes.map((q) => quoteItem(d, q, cmap, true)), ['quote', 'quotes'], `See them with ${d.cmd('quotes')} NAME.`));
      if (answer.sentences.length)
        parts.push(
          part(
            'In the articles',
            answer.sentences.map((n) => ({ text: `• ${clipEscaped(cmap.get(n)?.sentence ?? '', LINE_MAX, d.esc)} ${d.cite(n, citeUrl(cmap, n))}`, cites: [n], count: 1 })),
            ['sentence', 'sentences'],
            `Search them with ${d.cmd('search')} ${subject}`,
          ),
        );
      if (!answer.actors.length && !answer.events.length && !answer.quotes.length && !answer.sentences.length)
        parts.push(part(null, [line('Named in the articles below; no events or quotes recorded.')], ['line', 'lines'], ''));
      const shown = answer.articles.slice(0, 5);
      parts.push(part('Articles', shown.map((a) => articleItem(d, a)), ['article', 'articles'], `See them all with ${d.cmd('sources')} ${subject}`, answer.articles.length - shown.length));
      return {
        title: `Brief: ${subject}`,
        footer: `briefbot · ${plural(answer.articles.length, 'article')}`,
        parts,
        citations: answer.citations,
      };
    }
    case 'quotes': {
      const cmap = new Map(answer.citations.map((c) => [c.n, c]));
      const parts = answer.quotes.length
        ? [part(null, answer.quotes.map((q) => quoteItem(d, q, cmap, false)), ['quote', 'quotes'], `Find one with ${d.cmd('search')} and a phrase from it.`)]
        : [part(null, [line(`No quotes from ${answer.actor.name} on record.`)], ['line', 'lines'], '')];
      return { title: `Quotes: ${answer.actor.name}`, footer: `briefbot · ${plural(answer.quotes.length, 'quote')}`, parts, citations: answer.citations };
    }
    case 'link': {
      const cmap = new Map(answer.citations.map((c) => [c.n, c]));
      const parts: Part[] = [];
      const pair = `${answer.a.name} and ${answer.b.name}`;
      if (answer.ties.length)
        parts.push(
          part(
            'Ties',
            answer.ties.map((t) => ({ text: `• ${clipEscaped(t.text, LINE_MAX, d.esc)}${t.cite ? ` ${d.cite(t.cite, citeUrl(cmap, t.cite))}` : ''}`, cites: t.cite ? [t.cite] : [], count: 1 })),
            ['tie', 'ties'],
            '',
          ),
        );
      if (answer.events.length)
        parts.push(part('Shared events', answer.events.map((e) => eventItem(d, e, cmap)), ['event', 'events'], `Narrow it with ${d.cmd('when')} ${pair} and what happened.`));
      // a cited sentence, in full as far as a line goes
      const sentenceItem = (n: number) => ({ text: `${d.cite(n, citeUrl(cmap, n))} ${clipEscaped(cmap.get(n)?.sentence ?? '', LINE_MAX, d.esc)}`, cites: [n], count: 1 });
      if (answer.sentences.length)
        parts.push(part('Named together', answer.sentences.map(sentenceItem), ['sentence', 'sentences'], `Find them with ${d.cmd('search')} ${answer.a.name} ${answer.b.name}`));
      const direct = parts.length > 0;
      if (!direct) {
        if (answer.nearby.length) parts.push(part('Never named in one sentence; close together', answer.nearby.map(sentenceItem), ['sentence', 'sentences'], ''));
        else parts.push(part(null, [line(`No connection found between ${pair} in the articles I have.`, 600)], ['line', 'lines'], ''));
      }
      // (beside a direct tie only the organisations both belong to; without one, all both are named with)
      if (answer.through.length) parts.push(part(direct ? 'Both with' : 'Both are named with', answer.through.map((a) => actorItem(d, a)), ['name', 'names'], ''));
      return {
        title: `${answer.a.name} ↔ ${answer.b.name}`,
        footer: `briefbot · named together in ${plural(answer.articles.length, 'article')}`,
        parts,
        citations: answer.citations,
      };
    }
    case 'sources': {
      const items = answer.articles.map((a) => articleItem(d, a.article, a.mentions ? ` (${plural(a.mentions, 'sentence')})` : ''));
      const parts = items.length
        ? [part(null, items, ['article', 'articles'], 'Narrow it with a fuller name or more words.')]
        : [part(null, [line('No articles.')], ['line', 'lines'], '')];
      return { title: `Sources: ${answer.subject}`, footer: `briefbot · ${plural(answer.articles.length, 'article')}`, parts, citations: [] };
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
        footer: `briefbot · type ${d.cmd('help')} COMMAND for details`,
        parts: [
          part(
            null,
            answer.commands.map((c) => ({ text: `${d.bold(clipEscaped(c.usage, 120, d.esc))} — ${clipEscaped(c.description, 300, d.esc)}`, cites: [], count: 1 })),
            ['command', 'commands'],
            `Type ${d.cmd('help')} COMMAND for one of them.`,
          ),
        ],
        citations: [],
      };
    }
    case 'digest': {
      const title = digestHeading(answer);
      // the quiet morning: one line under the usual title, nothing else to scroll past
      if (isQuietDigest(answer)) return { title, footer: 'briefbot', parts: [part(null, [line(nothingNew(answer.since))], ['line', 'lines'], '')], citations: [] };
      const cmap = new Map(answer.citations.map((c) => [c.n, c]));
      const m = answer.more;
      const hint = digestHint(answer, d.cmd);
      const parts: Part[] = [part(null, [line(answer.since ? `New since ${readableTime(answer.since)}` : 'First digest')], ['line', 'lines'], '')];
      if (answer.articles.length || m.articles)
        parts.push(part('New articles', answer.articles.map((a) => articleItem(d, a)), ['article', 'articles'], hint, m.articles));
      if (answer.actors.length || m.actors)
        parts.push(
          part('People and organisations', answer.actors.map((c) => changeItem(d, c, cmap)), ['person or organisation', 'people and organisations'], hint, m.actors),
        );
      if (answer.events.length || m.events) parts.push(part('Events', answer.events.map((e) => eventItem(d, e, cmap)), ['event', 'events'], hint, m.events));
      if (answer.quotes.length || m.quotes) parts.push(part('Quotes', answer.quotes.map((q) => saidItem(d, q, cmap)), ['quote', 'quotes'], hint, m.quotes));
      const articles = answer.articles.length + m.articles;
      const footer = answer.audience === 'caller' ? 'briefbot · a preview only you can see' : `briefbot · ${plural(articles, 'new article')}`;
      return { title, footer, parts, citations: answer.citations };
    }
    case 'alert': {
      const cmap = new Map(answer.citations.map((c) => [c.n, c]));
      const title = alertHeading(answer);
      // one part per article, its label a line of the part (count 0) rather than the heading:
      // headings are neither clipped nor linked, and an article's title must be both
      const parts: Part[] = answer.items.map((item) =>
        part(
          null,
          [
            { text: d.bold(d.link(clipEscaped(articleTitle(item.article), 250, d.esc), item.article.url)), cites: [], count: 0 },
            ...item.facts.map((f) => alertFactItem(d, f, cmap)),
          ],
          ['fact', 'facts'],
          '',
          item.more,
        ),
      );
      if (answer.more) parts.push(part(null, [], ['article', 'articles'], `See them with ${d.cmd('sources')} ${answer.watch}`, answer.more));
      return { title, footer: `briefbot · ${plural(answer.items.length + answer.more, 'new article')}`, parts, citations: answer.citations };
    }
    case 'notice':
      return { title: answer.title, footer: 'briefbot', parts: [part(null, answer.lines.map((l) => line(l, 1000)), ['line', 'lines'], '')], citations: [] };
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
