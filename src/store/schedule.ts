// Digest subscriptions, watches and deliveries in SQLite. A delivery is claimed (one row, unique
// per kind, target and slot) before anything is posted: whichever process inserts the row posts,
// every other one finds it taken.
import type Database from 'better-sqlite3';
import { ARTICLE_REF_COLUMNS, toRef, type ArticleRow } from './rows.ts';
import type {
  ChannelAddress,
  Delivery,
  DeliveryKind,
  PlatformName,
  RoleNews,
  ScheduleStore,
  Subscription,
  Watch,
} from './types.ts';

interface SubscriptionRow {
  id: number;
  platform: PlatformName;
  workspace: string;
  channel: string;
  time: string;
  timezone: string;
  topic: string | null;
  when_empty: 'say' | 'skip';
  created_by: string;
  created_at: string;
  since_article: number;
  disabled_at: string | null;
  disabled_reason: string | null;
}

interface WatchRow {
  id: number;
  platform: PlatformName;
  workspace: string;
  channel: string;
  query: string;
  actor_id: number | null;
  created_by: string;
  created_at: string;
  checked_through: number;
}

interface DeliveryRow {
  kind: DeliveryKind;
  target_id: number;
  slot: string;
  status: Delivery['status'];
  claimed_by: string;
  claimed_at: string;
  attempts: number;
  through_article: number | null;
  message_id: string | null;
  error: string | null;
  finished_at: string | null;
}

const toSubscription = (r: SubscriptionRow): Subscription => ({
  id: r.id,
  platform: r.platform,
  workspace: r.workspace,
  channel: r.channel,
  time: r.time,
  timezone: r.timezone,
  topic: r.topic,
  whenEmpty: r.when_empty,
  createdBy: r.created_by,
  createdAt: r.created_at,
  sinceArticle: r.since_article,
  disabledAt: r.disabled_at,
  disabledReason: r.disabled_reason,
});

const toWatch = (r: WatchRow): Watch => ({
  id: r.id,
  platform: r.platform,
  workspace: r.workspace,
  channel: r.channel,
  query: r.query,
  actorId: r.actor_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
  checkedThrough: r.checked_through,
});

const toDelivery = (r: DeliveryRow): Delivery => ({
  kind: r.kind,
  targetId: r.target_id,
  slot: r.slot,
  status: r.status,
  claimedBy: r.claimed_by,
  claimedAt: r.claimed_at,
  attempts: r.attempts,
  throughArticle: r.through_article,
  messageId: r.message_id,
  error: r.error,
  finishedAt: r.finished_at,
});

/** Lower-cased, spaces collapsed: one watch per channel and wording. */
const titleKey = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

export function scheduleStore(db: Database.Database): ScheduleStore {
  const st = {
    subscribe: db.prepare<Record<string, unknown>, SubscriptionRow>(`
      INSERT INTO subscriptions (platform, workspace, channel, time, timezone, topic, when_empty, created_by, created_at, since_article)
      VALUES (@platform, @workspace, @channel, @time, @timezone, @topic, @whenEmpty, @createdBy, @createdAt, @sinceArticle)
      ON CONFLICT (platform, channel) DO UPDATE SET
        workspace = excluded.workspace, time = excluded.time, timezone = excluded.timezone, topic = excluded.topic,
        when_empty = excluded.when_empty, created_by = excluded.created_by,
        disabled_at = NULL, disabled_reason = NULL
      RETURNING *`),
    unsubscribe: db.prepare<[string, string]>('DELETE FROM subscriptions WHERE platform = ? AND channel = ?'),
    subscription: db.prepare<[number], SubscriptionRow>('SELECT * FROM subscriptions WHERE id = ?'),
    subscriptionFor: db.prepare<[string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = ? AND channel = ?'),
    inWorkspace: db.prepare<[string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = ? AND workspace = ? ORDER BY channel, id'),
    enabled: db.prepare<[], SubscriptionRow>('SELECT * FROM subscriptions WHERE disabled_at IS NULL ORDER BY id'),
    disable: db.prepare<[string, string, number]>('UPDATE subscriptions SET disabled_at = ?, disabled_reason = ? WHERE id = ?'),
    addWatch: db.prepare<Record<string, unknown>, WatchRow>(`
      INSERT INTO watches (platform, workspace, channel, query, query_key, actor_id, created_by, created_at, checked_through)
      VALUES (@platform, @workspace, @channel, @query, @queryKey, @actorId, @createdBy, @createdAt, @checkedThrough)
      ON CONFLICT (platform, channel, query_key) DO NOTHING
      RETURNING *`),
    watchByKey: db.prepare<[string, string, string], WatchRow>('SELECT * FROM watches WHERE platform = ? AND channel = ? AND query_key = ?'),
    unwatch: db.prepare<[string, string, string]>('DELETE FROM watches WHERE platform = ? AND channel = ? AND query_key = ?'),
    allWatches: db.prepare<[], WatchRow>('SELECT * FROM watches ORDER BY id'),
    channelWatches: db.prepare<[string, string], WatchRow>('SELECT * FROM watches WHERE platform = ? AND channel = ? ORDER BY id'),
    markWatched: db.prepare<[number, number]>('UPDATE watches SET checked_through = max(checked_through, ?) WHERE id = ?'),
    claim: db.prepare<Record<string, unknown>>(`
      INSERT INTO deliveries (kind, target_id, slot, status, claimed_by, claimed_at, through_article)
      VALUES (@kind, @targetId, @slot, 'claimed', @by, @at, @throughArticle)
      ON CONFLICT (kind, target_id, slot) DO UPDATE SET
        claimed_by = excluded.claimed_by, claimed_at = excluded.claimed_at, through_article = excluded.through_article
      WHERE deliveries.status = 'claimed' AND deliveries.claimed_at < @staleBefore`),
    finish: db.prepare<Record<string, unknown>>(`
      UPDATE deliveries SET status = @status, finished_at = @at, attempts = @attempts, message_id = @messageId, error = @error
      WHERE kind = @kind AND target_id = @targetId AND slot = @slot`),
    delivery: db.prepare<[string, number, string], DeliveryRow>('SELECT * FROM deliveries WHERE kind = ? AND target_id = ? AND slot = ?'),
    deliveries: db.prepare<[string, number], DeliveryRow>('SELECT * FROM deliveries WHERE kind = ? AND target_id = ? ORDER BY claimed_at, slot'),
    lastDigest: db.prepare<[number], DeliveryRow>(`
      SELECT * FROM deliveries WHERE kind = 'digest' AND target_id = ? AND status IN ('posted', 'empty')
      ORDER BY through_article DESC, finished_at DESC LIMIT 1`),
    latestArticle: db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM articles'),
    articlesAfter: db.prepare<[number, number], ArticleRow>(
      `SELECT ${ARTICLE_REF_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT ?`,
    ),
    rolesIn: db.prepare<[string], { actor_id: number; title: string; article_id: number; sentence_idx: number; sentence: string; known: number }>(`
      SELECT r.actor_id, r.title, r.article_id, r.sentence_idx, coalesce(s.text, '') AS sentence,
        EXISTS (SELECT 1 FROM roles p WHERE p.actor_id = r.actor_id AND p.title_key = r.title_key AND p.article_id < r.article_id) AS known
      FROM roles r LEFT JOIN sentences s ON s.article_id = r.article_id AND s.idx = r.sentence_idx
      WHERE r.article_id IN (SELECT value FROM json_each(?))
      ORDER BY r.article_id, r.sentence_idx, r.id`),
    namedBefore: db.prepare<[string, number], { actor_id: number }>(`
      SELECT DISTINCT actor_id FROM mentions WHERE actor_id IN (SELECT value FROM json_each(?)) AND article_id < ?`),
    refsByIds: db.prepare<[string], ArticleRow>(
      `SELECT ${ARTICLE_REF_COLUMNS} FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
    ),
  };

  return {
    subscribe(s) {
      return toSubscription(st.subscribe.get({ ...s, topic: s.topic })!);
    },
    unsubscribe(a) {
      return st.unsubscribe.run(a.platform, a.channel).changes > 0;
    },
    subscription(id) {
      const r = st.subscription.get(id);
      return r ? toSubscription(r) : null;
    },
    subscriptionFor(a) {
      const r = st.subscriptionFor.get(a.platform, a.channel);
      return r ? toSubscription(r) : null;
    },
    subscriptions(where) {
      return (where ? st.inWorkspace.all(where.platform, where.workspace) : st.enabled.all()).map(toSubscription);
    },
    disableSubscription(id, reason, at) {
      st.disable.run(at, reason, id);
    },

    watch(w) {
      const queryKey = titleKey(w.query);
      const row = st.addWatch.get({ ...w, queryKey });
      if (row) return { watch: toWatch(row), created: true };
      return { watch: toWatch(st.watchByKey.get(w.platform, w.channel, queryKey)!), created: false };
    },
    unwatch(a, query) {
      return st.unwatch.run(a.platform, a.channel, titleKey(query)).changes > 0;
    },
    watches(where) {
      return (where ? st.channelWatches.all(where.platform, where.channel) : st.allWatches.all()).map(toWatch);
    },
    markWatched(id, through) {
      st.markWatched.run(through, id);
    },

    claim(d) {
      return st.claim.run({ ...d, throughArticle: d.throughArticle ?? null }).changes === 1;
    },
    finish(d) {
      st.finish.run({ ...d, messageId: d.messageId ?? null, error: d.error ?? null });
    },
    delivery(kind, targetId, slot) {
      const r = st.delivery.get(kind, targetId, slot);
      return r ? toDelivery(r) : null;
    },
    deliveries(kind, targetId) {
      return st.deliveries.all(kind, targetId).map(toDelivery);
    },
    lastDigest(id) {
      const r = st.lastDigest.get(id);
      return r ? toDelivery(r) : null;
    },

    latestArticleId() {
      return st.latestArticle.get()?.id ?? 0;
    },
    articlesAfter(afterId, limit) {
      return st.articlesAfter.all(afterId, limit).map(toRef);
    },
    rolesIn(articleIds) {
      if (!articleIds.length) return [];
      const ids = JSON.stringify(articleIds);
      const rows = st.rolesIn.all(ids);
      const refs = new Map(st.refsByIds.all(ids).map((r) => [r.id, toRef(r)]));
      return rows.map<RoleNews>((r) => ({
        actorId: r.actor_id,
        title: r.title,
        articleId: r.article_id,
        known: r.known === 1,
        citation: { article: refs.get(r.article_id)!, sentenceIndex: r.sentence_idx, sentence: r.sentence },
      }));
    },
    firstNamedIn(actorIds, articleIds) {
      if (!actorIds.length || !articleIds.length) return new Set();
      const before = new Set(st.namedBefore.all(JSON.stringify(actorIds), Math.min(...articleIds)).map((r) => r.actor_id));
      return new Set(actorIds.filter((id) => !before.has(id)));
    },
  };
}

/** The key a watch's words are stored under: one watch per channel and spelling, case aside. */
export const watchKey = titleKey;
