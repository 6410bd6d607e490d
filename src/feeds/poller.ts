// RSS and Atom feeds, polled while the bot runs: each feed on its own node-cron schedule, with
// conditional requests (ETag / Last-Modified). A new item's page is fetched and ingested; an item
// is known by its GUID and by its link, so one the publisher edits (a new GUID, a new date) is not
// taken twice, and one without a date still goes in. A poll or an item that fails is retried on
// the next poll; a feed failing for days is paused and the channels following it are told once.
import cron, { type ScheduledTask } from 'node-cron';
import { parseFeed } from 'feedsmith';
import type { Answer } from '../briefing/answers.ts';
import { FetchError, fetchSafely } from '../ingest/fetch.ts';
import { IngestError } from '../ingest/index.ts';
import { logger } from '../log.ts';
import type { Feed, PlatformName, Store } from '../store/index.ts';
import type { Poster } from '../schedule/scheduler.ts';
import { saveFetched, type FetchSettings } from './url.ts';

export const DEFAULT_EVERY = '*/30 * * * *';
/** Items one poll takes at most: a feed that suddenly lists hundreds is read over several polls. */
export const ITEMS_PER_POLL = 50;
/** A feed refusing requests (4xx) this long is paused; one failing otherwise (5xx, timeouts) after a week. */
export const PAUSE_AFTER_REFUSALS_MS = 2 * 86_400_000;
export const PAUSE_AFTER_FAILURES_MS = 7 * 86_400_000;

/** One entry of a feed, whatever its format. */
export interface FeedItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  date: string | null;
}

/** RSS 2.0, RSS 1.0 (RDF) and Atom entries, as items; throws when the text is not a feed. */
export function feedItems(xml: string, base: string): { title: string | null; items: FeedItem[] } {
  const parsed = parseFeed(xml) as { format: string; feed: Record<string, unknown> };
  const f = parsed.feed;
  const text = (v: unknown): string | null => {
    if (typeof v === 'string') return v.trim() || null;
    if (v && typeof v === 'object' && 'value' in v) return text((v as { value: unknown }).value);
    return null;
  };
  const absolute = (href: string | null) => {
    if (!href) return null;
    try {
      const u = new URL(href, base);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch {
      return null;
    }
  };
  if (parsed.format === 'atom') {
    const entries = (f.entries as Record<string, unknown>[] | undefined) ?? [];
    return {
      title: text(f.title),
      items: entries.map((e) => {
        const links = (e.links as { href?: string; rel?: string }[] | undefined) ?? [];
        const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
        return { guid: text(e.id), link: absolute(link?.href ?? null), title: text(e.title), date: text(e.published) ?? text(e.updated) };
      }),
    };
  }
  const items = (f.items as Record<string, unknown>[] | undefined) ?? [];
  return {
    title: text(f.title),
    items: items.map((i) => ({
      guid: text(i.guid),
      link: absolute(text(i.link)),
      title: text(i.title),
      date: text(i.pubDate) ?? text((i.dc as { date?: unknown } | undefined)?.date),
    })),
  };
}

/** The keys an item is known by: its GUID and its link (fragment dropped). */
export function itemKeys(item: FeedItem): string[] {
  const keys: string[] = [];
  if (item.guid) keys.push(`guid:${item.guid}`);
  if (item.link) keys.push(`url:${item.link.replace(/#.*$/, '')}`);
  return keys;
}

export interface PollResult {
  status: 'ok' | 'not-modified' | 'failed' | 'paused';
  added: number[];
  /** Items whose page could not be fetched or read: tried again next poll. */
  itemErrors: string[];
  error?: string;
}

export interface FeedPollerOptions {
  store: Store;
  fetch?: typeof fetchSafely;
  settings?: FetchSettings;
  now?: () => Date;
  /** Called once per newly stored article, after its transaction: digests and watches hear of it. */
  onArticle?: (articleId: number) => void;
  /** Where "this feed is paused" is said to the channels following it. */
  poster?: Poster;
  platforms?: readonly PlatformName[];
}

export interface FeedPoller {
  start(): void;
  stop(): Promise<void>;
  poll(feed: Feed): Promise<PollResult>;
  /** Brings the tasks in line with the feeds table (after feeds add / remove). */
  refresh(): void;
}

const errorText = (err: unknown) => (err instanceof FetchError || err instanceof IngestError ? err.message : err instanceof Error ? err.message.split('\n')[0]! : String(err)).slice(0, 500);

export function createFeedPoller(o: FeedPollerOptions): FeedPoller {
  const { store } = o;
  const fetch = o.fetch ?? fetchSafely;
  const now = o.now ?? (() => new Date());
  const log = logger.child({ feeds: true });
  const tasks = new Map<number, { task: ScheduledTask; every: string }>();
  const polling = new Map<number, Promise<PollResult>>();
  let stopped = false;

  async function tellPaused(feed: Feed): Promise<void> {
    if (!o.poster) return;
    const followers = store.feeds.followers(feed.id).filter((f) => !o.platforms || o.platforms.includes(f.platform));
    const notice: Answer = {
      kind: 'notice',
      title: 'Feed paused',
      lines: [`${feed.title ?? feed.url} is paused: ${feed.pausedReason ?? feed.lastError ?? 'it kept failing'}.`, 'npx briefbot feeds errors (or /feeds errors) says more; adding the feed again resumes it.'],
    };
    for (const to of followers) await o.poster.post(to, notice).catch((err: unknown) => log.warn({ err, feed: feed.id, channel: to.channel }, 'could not tell a channel its feed is paused'));
    store.feeds.markPausedTold(feed.id);
  }

  async function poll(feed: Feed): Promise<PollResult> {
    const at = () => now().toISOString();
    let page;
    try {
      page = await fetch(feed.url, { ...o.settings, accept: ['feed'], etag: feed.etag, lastModified: feed.lastModified });
    } catch (err) {
      const status = err instanceof FetchError ? (err.status ?? null) : null;
      const after = store.feeds.failed(feed.id, { at: at(), error: errorText(err), status });
      const refused = status !== null && status >= 400 && status < 500;
      const since = Date.parse(after.failingSince ?? at());
      const limit = refused ? PAUSE_AFTER_REFUSALS_MS : PAUSE_AFTER_FAILURES_MS;
      log.warn({ feed: feed.id, url: feed.url, failures: after.failures, err: errorText(err) }, 'feed poll failed; trying again next time');
      if (now().getTime() - since >= limit) {
        const reason = `${refused ? `refused (HTTP ${status})` : 'failing'} since ${after.failingSince}: ${errorText(err)}`;
        store.feeds.pause(feed.id, reason, at());
        log.warn({ feed: feed.id, url: feed.url, reason }, 'feed paused');
        await tellPaused(store.feeds.get(feed.id)!);
        refresh();
        return { status: 'paused', added: [], itemErrors: [], error: reason };
      }
      return { status: 'failed', added: [], itemErrors: [], error: errorText(err) };
    }
    if (page.notModified) {
      store.feeds.polled(feed.id, { at: at(), etag: page.etag ?? feed.etag, lastModified: page.lastModified ?? feed.lastModified, status: page.status });
      return { status: 'not-modified', added: [], itemErrors: [] };
    }
    let parsed: ReturnType<typeof feedItems>;
    try {
      parsed = feedItems(page.body, page.url);
    } catch (err) {
      store.feeds.failed(feed.id, { at: at(), error: `not an RSS or Atom feed (${errorText(err)})`, status: page.status });
      return { status: 'failed', added: [], itemErrors: [], error: 'not an RSS or Atom feed' };
    }
    const added: number[] = [];
    const itemErrors: string[] = [];
    // feeds list newest first: take the oldest new ones first, so a capped poll leaves the newest for next time
    const fresh: FeedItem[] = [];
    for (const i of parsed.items) {
      const keys = itemKeys(i);
      if (!keys.length) continue;
      // an item already taken under one key (an edited GUID, say) is remembered under the new one too
      if (store.feeds.seen(feed.id, keys)) store.feeds.remember(feed.id, keys, null, at());
      else fresh.push(i);
    }
    fresh.reverse();
    for (const item of fresh.slice(0, ITEMS_PER_POLL)) {
      if (stopped) break;
      if (!item.link) {
        store.feeds.remember(feed.id, itemKeys(item), null, at());
        continue;
      }
      try {
        const itemPage = await fetch(item.link, { ...o.settings, accept: ['page'] });
        const { article, result } = await saveFetched(store, itemPage);
        const keys = [...itemKeys(item), ...(article.url ? [`url:${article.url}`] : [])];
        store.feeds.remember(feed.id, keys, result.articleId, at());
        if (result.status !== 'unchanged') {
          added.push(result.articleId);
          o.onArticle?.(result.articleId);
        }
      } catch (err) {
        itemErrors.push(`${item.link}: ${errorText(err)}`);
        log.warn({ feed: feed.id, item: item.link, err: errorText(err) }, 'feed item could not be ingested; trying again next poll');
      }
    }
    store.feeds.polled(feed.id, { at: at(), etag: page.etag, lastModified: page.lastModified, title: parsed.title, status: page.status });
    if (added.length) log.info({ feed: feed.id, added: added.length }, 'feed items ingested');
    return { status: 'ok', added, itemErrors };
  }

  /** One poll per feed at a time. */
  function pollOnce(feed: Feed): Promise<PollResult> {
    let p = polling.get(feed.id);
    if (!p) {
      p = poll(feed).finally(() => polling.delete(feed.id));
      polling.set(feed.id, p);
    }
    return p;
  }

  function refresh(): void {
    if (stopped) return;
    const feeds = new Map(store.feeds.list().filter((f) => !f.pausedAt).map((f) => [f.id, f]));
    for (const [id, t] of tasks)
      if (feeds.get(id)?.every !== t.every) {
        void t.task.destroy();
        tasks.delete(id);
      }
    for (const f of feeds.values())
      if (!tasks.has(f.id))
        tasks.set(f.id, {
          every: f.every,
          task: cron.schedule(
            f.every,
            () => {
              const current = store.feeds.get(f.id);
              if (current && !current.pausedAt && !stopped) return pollOnce(current).catch((err: unknown) => log.error({ err, feed: f.id }, 'feed poll failed'));
            },
            { name: `feed-${f.id}`, noOverlap: true },
          ),
        });
  }

  return {
    start: refresh,
    async stop() {
      stopped = true;
      for (const t of tasks.values()) await t.task.destroy();
      tasks.clear();
      await Promise.allSettled([...polling.values()]);
    },
    poll: pollOnce,
    refresh,
  };
}
