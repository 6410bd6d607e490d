// /ingest URL and /feeds from chat: what the index learned from a page, and the feeds it polls.
import type { Answer, Notice } from '../briefing/answers.ts';
import { buildDigest } from '../briefing/digest.ts';
import type { CommandContext } from '../command.ts';
import { FetchError } from '../ingest/fetch.ts';
import { IngestError } from '../ingest/index.ts';
import { logger } from '../log.ts';
import type { Feed, Store } from '../store/index.ts';
import { DEFAULT_EVERY, type FeedPoller } from './poller.ts';
import { ingestUrl, type FetchSettings } from './url.ts';
import cron from 'node-cron';

/** What chat commands that fetch need from the running bot. */
export interface Intake {
  settings: FetchSettings;
  /** The running feed poller; null where feeds are not polled (the CLI's ask). */
  poller: FeedPoller | null;
  /** Tells digests and watches that articles were added. */
  announce(): void;
}

const problem = (message: string): Answer => ({ kind: 'problem', message });
const notice = (title: string, lines: string[]): Notice => ({ kind: 'notice', title, lines });
const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** An http(s) URL as typed (Slack wraps links in <…>); null when it is not one. */
export function typedUrl(text: string): string | null {
  const t = text.trim().replace(/^<(.*?)(?:\|[^>]*)?>$/, '$1');
  try {
    const u = new URL(t);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The three facts an editor would want first from one new article (dated events, new roles, a
 * quote), each citing the sentence of the article that says it.
 */
export function whatWasLearned(store: Store, articleId: number): string[] {
  const d = buildDigest(store, { after: articleId - 1, through: articleId, topic: null, day: '', since: null, audience: 'caller' });
  const where = (cite: number) => {
    const c = d.citations.find((x) => x.n === cite);
    return c ? ` (sentence ${c.sentenceIndex + 1})` : '';
  };
  const lines: string[] = [];
  for (const e of d.events.slice(0, 2)) lines.push(`${e.when}: ${e.summary}${where(e.cite)}`);
  for (const a of d.actors) {
    if (lines.length >= 3) break;
    if (a.roles[0]) lines.push(`${a.actor.name}: ${a.roles[0].title}${where(a.roles[0].cite)}`);
  }
  for (const q of d.quotes) {
    if (lines.length >= 3) break;
    lines.push(`${q.speaker ?? 'Unattributed'}: “${short(q.words, 140)}”${where(q.cite)}`);
  }
  return lines.slice(0, 3);
}

export async function ingestCommand(ctx: CommandContext, text: string): Promise<Answer> {
  const url = typedUrl(text);
  if (!url) return problem('Give me the address of a news page, for example: /ingest https://example.com/2025/01/story');
  const settings = ctx.intake?.settings ?? {};
  try {
    const { article, result } = await ingestUrl(ctx.store, url, settings);
    if (result.status === 'unchanged') return notice('Already in the index', [`“${article.title ?? url}” is already in the index; nothing changed.`]);
    ctx.intake?.announce();
    const facts = whatWasLearned(ctx.store, result.articleId);
    return notice(result.status === 'replaced' ? 'Article updated' : 'Article added', [
      `“${article.title ?? 'Untitled'}”${article.published ? `, ${article.published}` : ''}${article.byline ? `, by ${article.byline}` : ''}`,
      article.url ?? url,
      `${result.actors} people, organisations and places; ${result.events} events; ${result.quotes} quotes.`,
      ...facts.map((f) => `• ${f}`),
    ]);
  } catch (err) {
    if (err instanceof FetchError || err instanceof IngestError) return problem(`I could not add that page: ${err.message}`);
    logger.error({ err, url }, '/ingest failed');
    return problem('I could not add that page; the error has been logged.');
  }
}

export const FEEDS_ACTIONS = ['list', 'errors', 'add', 'remove'] as const;

function feedLine(f: Feed): string {
  const state = f.pausedAt ? `paused: ${f.pausedReason}` : f.failures ? `failing ${f.failures}× since ${f.failingSince}: ${f.lastError}` : f.okAt ? `ok, last read ${f.okAt}` : 'not read yet';
  return `${f.id}. ${f.title ? `${f.title} — ` : ''}${f.url} (${f.every}) — ${state}`;
}

export async function feedsCommand(ctx: CommandContext, text: string): Promise<Answer> {
  const [word = 'list', ...rest] = text.trim().split(/\s+/);
  const action = word.toLowerCase();
  const store = ctx.store.feeds;
  switch (action) {
    case 'list': {
      const feeds = store.list();
      return notice('Feeds', feeds.length ? feeds.map(feedLine) : ['No feeds yet. /feeds add URL (channel managers) or npx briefbot feeds add URL adds one.']);
    }
    case 'errors': {
      const bad = store.list().filter((f) => f.failures || f.pausedAt);
      return notice('Feed errors', bad.length ? bad.map(feedLine) : ['Every feed was read fine on its last poll.']);
    }
    case 'add': {
      if (!ctx.user?.manager) return problem('Only people who manage this channel can add feeds. Ask one of them.');
      const url = typedUrl(rest[0] ?? '');
      if (!url) return problem('Give the feed’s address: /feeds add https://example.com/rss.xml');
      const every = rest.slice(1).join(' ') || DEFAULT_EVERY;
      if (!cron.validate(every)) return problem(`"${every}" is not a schedule; use cron syntax such as */30 * * * * (every 30 minutes).`);
      const { feed, created } = store.add({ url, every, addedBy: ctx.user.id, addedAt: (ctx.now ?? (() => new Date()))().toISOString() });
      if (ctx.channel) store.follow(feed.id, ctx.channel);
      ctx.intake?.poller?.refresh();
      const first = ctx.intake?.poller ? await ctx.intake.poller.poll(feed) : null;
      return notice(created ? 'Feed added' : 'Feed updated', [
        `${feed.url}, read ${every === DEFAULT_EVERY ? 'every 30 minutes' : `on the schedule ${every}`}; new items are ingested and announced to digests and watches.`,
        ...(first ? [first.status === 'failed' ? `The first read failed: ${first.error}. It is tried again next time.` : `First read: ${first.added.length} new articles.`] : []),
        'This channel is told if the feed keeps failing and is paused.',
      ]);
    }
    case 'remove': {
      if (!ctx.user?.manager) return problem('Only people who manage this channel can remove feeds. Ask one of them.');
      const which = (rest[0] ?? '').trim();
      if (!which || !store.remove(typedUrl(which) ?? which)) return problem(`No feed "${which}". /feeds list shows them with their numbers.`);
      ctx.intake?.poller?.refresh();
      return notice('Feed removed', [`No longer reading ${which}. Articles already taken from it stay in the index.`]);
    }
    default:
      return problem(`/feeds takes one of: ${FEEDS_ACTIONS.join(', ')}. For example: /feeds errors`);
  }
}
