// Digests on time, never twice, and after a restart: each subscription is a named node-cron task
// in its own time zone; a fire is claimed in the database (our run coordinator) before anything
// is posted, keyed by the subscription's local day. node-cron neither persists nor replays
// fires, so a sweep (at start and every minute) does the rest: a slot missed while the bot was
// down, or skipped by a daylight-saving gap, is posted late if it is less than the catch-up window
// old, else recorded as skipped. Watches are checked by the same sweep and every few seconds.
import { hostname } from 'node:os';
import { setTimeout as wait } from 'node:timers/promises';
import cron, { type RunCoordinator, type ScheduledTask } from 'node-cron';
import type { Answer } from '../briefing/answers.ts';
import { buildAlert, buildDigest, isEmptyDigest, MAX_NEW_ARTICLES } from '../briefing/digest.ts';
import { logger } from '../log.ts';
import { resolveActor } from '../search/resolve.ts';
import type { ChannelAddress, PlatformName, Store, Subscription, Watch } from '../store/index.ts';
import { dailyCron, dayLabel, latestSlot, slotKeyAt } from './slots.ts';

/** A channel that no longer exists, or where the bot lost access: retrying will not help. */
export class ChannelGone extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChannelGone';
  }
}

/** Where digests and alerts go: the running platforms. */
export interface Poster {
  /** Posts to a channel and resolves with the platform's message id; throws ChannelGone when posting there cannot work. */
  post(to: ChannelAddress, answer: Answer): Promise<string>;
}

export interface SchedulerOptions {
  store: Store;
  poster: Poster;
  /** The platforms this process posts to: other processes serve the others' subscriptions. */
  platforms: readonly PlatformName[];
  /** Who claims slots, in the database and the logs (default host:pid). */
  owner?: string;
  now?: () => Date;
  /** A slot missed by at most this long is posted late; an older one is skipped (default 6 hours). */
  catchUpMs?: number;
  /** A claim never finished this long after it was made (its process died) may be taken over (default 10 minutes). */
  leaseMs?: number;
  /** Attempts at posting one digest or alert before it is recorded as failed (default 4). */
  attempts?: number;
  /** The first retry's wait; each later one waits four times longer (default 2 s). */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** How often watches look for new articles, as a node-cron expression (default every 15 s). */
  watchEvery?: string;
}

export type Outcome = 'posted' | 'empty' | 'taken' | 'failed' | 'skipped' | 'gone';

export interface Scheduler {
  /** Registers the subscriptions' tasks and the sweep, then sweeps once (catch-up). */
  start(): Promise<void>;
  /** Removes every task and waits for posts under way. */
  stop(): Promise<void>;
  /** Posts due and catch-up digests, skips those too old, and sends watch alerts. */
  sweep(): Promise<void>;
  /** The digest of one slot: claimed, built, posted, recorded. */
  runDigest(sub: Subscription, slotKey: string): Promise<Outcome>;
  /** /digest now: a digest outside the schedule, recorded like the others. */
  postNow(sub: Subscription): Promise<Outcome>;
  /** Alerts for articles ingested since the watches last looked. */
  checkWatches(): Promise<void>;
  /** Brings the tasks in line with the subscriptions (after /digest subscribe or unsubscribe). */
  refresh(): void;
}

/**
 * Where a channel's next digest starts: after the newest article the last one that went out
 * covered, or after the articles there were when it subscribed; `since` is when that last one went.
 */
export function digestStart(store: Store, sub: Pick<Subscription, 'id' | 'sinceArticle'> | null): { after: number; since: string | null } {
  const last = sub ? store.schedule.lastDigest(sub.id) : null;
  return { after: Math.max(last?.throughArticle ?? 0, sub?.sinceArticle ?? 0), since: last?.finishedAt ?? null };
}

const DEFAULTS = { catchUpMs: 6 * 3_600_000, leaseMs: 10 * 60_000, attempts: 4, backoffMs: 2_000, watchEvery: '*/15 * * * * *' };

export function createScheduler(o: SchedulerOptions): Scheduler {
  const { store, poster } = o;
  const owner = o.owner ?? `${hostname()}:${process.pid}`;
  const now = o.now ?? (() => new Date());
  const catchUpMs = o.catchUpMs ?? DEFAULTS.catchUpMs;
  const leaseMs = o.leaseMs ?? DEFAULTS.leaseMs;
  const attempts = Math.max(1, o.attempts ?? DEFAULTS.attempts);
  const backoffMs = o.backoffMs ?? DEFAULTS.backoffMs;
  const sleep = o.sleep ?? ((ms: number) => wait(ms));
  const log = logger.child({ scheduler: owner });
  const tasks = new Map<number, { task: ScheduledTask; signature: string }>();
  const extra: ScheduledTask[] = [];
  const running = new Set<Promise<unknown>>();
  let stopped = false;

  const ours = <T extends ChannelAddress>(list: T[]) => list.filter((x) => o.platforms.includes(x.platform));
  const track = <T>(p: Promise<T>): Promise<T> => {
    running.add(p);
    void p.finally(() => running.delete(p)).catch(() => {});
    return p;
  };
  const iso = (d: Date) => d.toISOString();

  function claim(kind: 'digest' | 'alert', targetId: number, slot: string, throughArticle: number | null = null): boolean {
    const t = now();
    return store.schedule.claim({ kind, targetId, slot, by: owner, at: iso(t), staleBefore: iso(new Date(t.getTime() - leaseMs)), throughArticle });
  }

  /** Posts with retries; a gone channel is not retried. */
  async function post(to: ChannelAddress, answer: Answer): Promise<{ messageId: string; attempts: number } | { error: unknown; attempts: number; gone: boolean }> {
    let last: unknown = null;
    for (let i = 1; i <= attempts; i++) {
      try {
        return { messageId: await poster.post(to, answer), attempts: i };
      } catch (err) {
        last = err;
        if (err instanceof ChannelGone) return { error: err, attempts: i, gone: true };
        log.warn({ err, channel: to.channel, platform: to.platform, attempt: i }, 'posting failed; retrying');
        if (i < attempts) await sleep(backoffMs * 4 ** (i - 1));
      }
    }
    return { error: last, attempts, gone: false };
  }

  const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 500);

  /** Builds and posts a claimed slot's digest, and records how it ended. */
  async function deliver(sub: Subscription, slot: string, opts: { always: boolean }): Promise<Outcome> {
    const claimed = store.schedule.delivery('digest', sub.id, slot);
    const through = claimed?.throughArticle ?? store.schedule.latestArticleId();
    const digest = buildDigest(store, {
      ...digestStart(store, sub),
      through,
      topic: sub.topic,
      day: dayLabel(slot.startsWith('now:') ? slotKeyAt(now(), sub.timezone) : slot, sub.timezone),
      audience: 'channel',
    });
    const finish = (status: 'posted' | 'empty' | 'failed', rest: { attempts: number; messageId?: string; error?: string }) =>
      store.schedule.finish({ kind: 'digest', targetId: sub.id, slot, status, at: iso(now()), ...rest });
    if (isEmptyDigest(digest) && sub.whenEmpty === 'skip' && !opts.always) {
      finish('empty', { attempts: 0 });
      log.info({ subscription: sub.id, slot }, 'digest: nothing new, nothing posted');
      return 'empty';
    }
    const result = await post(sub, digest);
    if ('messageId' in result) {
      finish('posted', { attempts: result.attempts, messageId: result.messageId });
      log.info({ subscription: sub.id, slot, message: result.messageId }, 'digest posted');
      return 'posted';
    }
    finish('failed', { attempts: result.attempts, error: errorText(result.error) });
    if (result.gone) {
      store.schedule.disableSubscription(sub.id, errorText(result.error), iso(now()));
      log.warn({ subscription: sub.id, channel: sub.channel, err: result.error }, 'digest channel is gone; subscription disabled');
      refresh();
      return 'gone';
    }
    log.error({ subscription: sub.id, slot, err: result.error }, 'digest could not be posted');
    return 'failed';
  }

  async function runDigest(sub: Subscription, slot: string): Promise<Outcome> {
    if (!claim('digest', sub.id, slot, store.schedule.latestArticleId())) return 'taken';
    return deliver(sub, slot, { always: false });
  }

  // node-cron asks this before each fire of a distributed task: the fire goes ahead in the one
  // process that claims the subscription's local day. "digest-12:2026-03-29T01:30:00.000Z"
  const coordinator: RunCoordinator = {
    shouldRun(key) {
      const m = /^digest-(\d+):(.+)$/.exec(key);
      const sub = m ? store.schedule.subscription(Number(m[1])) : null;
      if (!m || !sub || sub.disabledAt || !o.platforms.includes(sub.platform)) return false;
      return claim('digest', sub.id, slotKeyAt(new Date(m[2]!), sub.timezone), store.schedule.latestArticleId());
    },
  };

  function schedule(sub: Subscription): ScheduledTask {
    return cron.schedule(
      dailyCron(sub.time),
      (ctx) => {
        if (stopped) return;
        // already claimed by the coordinator: deliver what was claimed
        return track(deliver(sub, slotKeyAt(ctx.date, sub.timezone), { always: false }));
      },
      { name: `digest-${sub.id}`, timezone: sub.timezone, distributed: true, runCoordinator: coordinator, noOverlap: true },
    );
  }

  function refresh(): void {
    if (stopped) return;
    const subs = new Map(ours(store.schedule.subscriptions()).map((s) => [s.id, s]));
    for (const [id, t] of tasks) {
      const s = subs.get(id);
      if (!s || `${s.time} ${s.timezone} ${s.topic} ${s.whenEmpty}` !== t.signature) {
        void t.task.destroy();
        tasks.delete(id);
      }
    }
    for (const s of subs.values())
      if (!tasks.has(s.id)) tasks.set(s.id, { task: schedule(s), signature: `${s.time} ${s.timezone} ${s.topic} ${s.whenEmpty}` });
  }

  async function sweepDigests(): Promise<void> {
    const t = now();
    for (const sub of ours(store.schedule.subscriptions())) {
      const slot = latestSlot(t, sub.time, sub.timezone);
      // a subscription made after today's time starts tomorrow
      if (slot.at.getTime() < Date.parse(sub.createdAt)) continue;
      if (store.schedule.delivery('digest', sub.id, slot.key)) continue;
      const late = t.getTime() - slot.at.getTime();
      if (late > catchUpMs) {
        if (claim('digest', sub.id, slot.key)) {
          const why = `missed by ${Math.round(late / 60_000)} minutes (the bot was not running); the catch-up window is ${Math.round(catchUpMs / 60_000)} minutes`;
          store.schedule.finish({ kind: 'digest', targetId: sub.id, slot: slot.key, status: 'skipped', at: iso(t), attempts: 0, error: why });
          log.warn({ subscription: sub.id, slot: slot.key }, `digest skipped: ${why}`);
        }
        continue;
      }
      await runDigest(sub, slot.key);
    }
  }

  function watchActor(w: Watch) {
    if (w.actorId !== null) {
      const a = store.getActor(w.actorId);
      if (a) return a;
      // the actor was merged away or removed with its articles: find the name again
      const r = resolveActor(store, w.query);
      return r.kind === 'found' ? r.actor : null;
    }
    return null;
  }

  async function checkWatches(): Promise<void> {
    const latest = store.schedule.latestArticleId();
    for (const w of ours(store.schedule.watches())) {
      if (w.checkedThrough >= latest) continue;
      const articles = store.schedule.articlesAfter(w.checkedThrough, MAX_NEW_ARTICLES).filter((a) => a.id <= latest);
      const actor = watchActor(w);
      const found = buildAlert(store, { query: w.query, actor: w.actorId !== null ? actor : null }, articles);
      if (found) {
        // one alert per article and watch, whichever process gets there first
        const mine = found.items.map((i) => i.article).filter((a) => claim('alert', w.id, String(a.id)));
        const alert = mine.length === found.items.length ? found : mine.length ? buildAlert(store, { query: w.query, actor: w.actorId !== null ? actor : null }, mine) : null;
        if (alert) {
          const result = await post(w, alert);
          for (const a of mine)
            store.schedule.finish({
              kind: 'alert',
              targetId: w.id,
              slot: String(a.id),
              status: 'messageId' in result ? 'posted' : 'failed',
              at: iso(now()),
              attempts: result.attempts,
              ...('messageId' in result ? { messageId: result.messageId } : { error: errorText(result.error) }),
            });
          if ('messageId' in result) log.info({ watch: w.id, articles: mine.length }, 'watch alert posted');
          else log.error({ watch: w.id, err: result.error }, 'watch alert could not be posted');
        }
      }
      store.schedule.markWatched(w.id, latest);
    }
  }

  async function sweep(): Promise<void> {
    if (stopped) return;
    refresh();
    await sweepDigests();
    await checkWatches();
  }

  let sweeping: Promise<void> | null = null;
  /** One sweep at a time: a slow post must not start a second sweep over the same slots. */
  const sweepOnce = () => (sweeping ??= track(sweep().catch((err: unknown) => log.error({ err }, 'digest sweep failed')).finally(() => (sweeping = null))));
  let watching: Promise<void> | null = null;
  const watchOnce = () => (watching ??= track(checkWatches().catch((err: unknown) => log.error({ err }, 'watch check failed')).finally(() => (watching = null))));

  return {
    async start() {
      refresh();
      extra.push(cron.schedule('* * * * *', () => void sweepOnce(), { name: 'digest-sweep', noOverlap: true }));
      extra.push(cron.schedule(o.watchEvery ?? DEFAULTS.watchEvery, () => void watchOnce(), { name: 'watch-check', noOverlap: true }));
      await sweepOnce();
    },
    async stop() {
      stopped = true;
      for (const t of [...tasks.values()].map((x) => x.task).concat(extra)) await t.destroy();
      tasks.clear();
      extra.length = 0;
      await Promise.allSettled([...running]);
    },
    sweep: sweepOnce,
    runDigest,
    async postNow(sub) {
      const slot = `now:${iso(now())}`;
      if (!claim('digest', sub.id, slot, store.schedule.latestArticleId())) return 'taken';
      return deliver(sub, slot, { always: true });
    },
    checkWatches: watchOnce,
    refresh,
  };
}
