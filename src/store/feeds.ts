// Feeds and the items taken from them, in SQLite.
import type Database from 'better-sqlite3';
import type { ChannelAddress, Feed, FeedStore, PlatformName } from './types.ts';

interface FeedRow {
  id: number;
  url: string;
  every: string;
  title: string | null;
  added_by: string;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  polled_at: string | null;
  ok_at: string | null;
  failing_since: string | null;
  failures: number;
  last_error: string | null;
  last_status: number | null;
  paused_at: string | null;
  paused_reason: string | null;
  paused_told: number;
}

const toFeed = (r: FeedRow): Feed => ({
  id: r.id,
  url: r.url,
  every: r.every,
  title: r.title,
  addedBy: r.added_by,
  addedAt: r.added_at,
  etag: r.etag,
  lastModified: r.last_modified,
  polledAt: r.polled_at,
  okAt: r.ok_at,
  failingSince: r.failing_since,
  failures: r.failures,
  lastError: r.last_error,
  lastStatus: r.last_status,
  pausedAt: r.paused_at,
  pausedReason: r.paused_reason,
  pausedTold: r.paused_told === 1,
});

export function feedStore(db: Database.Database): FeedStore {
  const st = {
    add: db.prepare<[string, string, string, string], FeedRow>(`
      INSERT INTO feeds (url, every, added_by, added_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (url) DO NOTHING RETURNING *`),
    update: db.prepare<[string, string], FeedRow>(`
      UPDATE feeds SET every = ?, paused_at = NULL, paused_reason = NULL, paused_told = 0, failures = 0, failing_since = NULL
      WHERE url = ? RETURNING *`),
    removeById: db.prepare<[number]>('DELETE FROM feeds WHERE id = ?'),
    removeByUrl: db.prepare<[string]>('DELETE FROM feeds WHERE url = ?'),
    get: db.prepare<[number], FeedRow>('SELECT * FROM feeds WHERE id = ?'),
    list: db.prepare<[], FeedRow>('SELECT * FROM feeds ORDER BY id'),
    follow: db.prepare<[number, string, string, string]>('INSERT OR IGNORE INTO feed_followers (feed_id, platform, workspace, channel) VALUES (?, ?, ?, ?)'),
    followers: db.prepare<[number], { platform: PlatformName; workspace: string; channel: string }>(
      'SELECT platform, workspace, channel FROM feed_followers WHERE feed_id = ? ORDER BY platform, channel',
    ),
    polled: db.prepare<Record<string, unknown>>(`
      UPDATE feeds SET polled_at = @at, ok_at = @at, etag = @etag, last_modified = @lastModified, title = coalesce(@title, title),
        failing_since = NULL, failures = 0, last_error = NULL, last_status = @status
      WHERE id = @id`),
    failed: db.prepare<Record<string, unknown>, FeedRow>(`
      UPDATE feeds SET polled_at = @at, failing_since = coalesce(failing_since, @at), failures = failures + 1,
        last_error = @error, last_status = @status
      WHERE id = @id RETURNING *`),
    pause: db.prepare<[string, string, number]>('UPDATE feeds SET paused_at = ?, paused_reason = ? WHERE id = ?'),
    told: db.prepare<[number]>('UPDATE feeds SET paused_told = 1 WHERE id = ?'),
    seen: db.prepare<[number, string], { n: number }>('SELECT count(*) AS n FROM feed_items WHERE feed_id = ? AND key IN (SELECT value FROM json_each(?))'),
    remember: db.prepare<[number, string, number | null, string]>('INSERT OR IGNORE INTO feed_items (feed_id, key, article_id, seen_at) VALUES (?, ?, ?, ?)'),
  };
  const rememberAll = db.transaction((feedId: number, keys: string[], articleId: number | null, at: string) => {
    for (const k of keys) st.remember.run(feedId, k, articleId, at);
  });

  return {
    add(f) {
      const row = st.add.get(f.url, f.every, f.addedBy, f.addedAt);
      if (row) return { feed: toFeed(row), created: true };
      return { feed: toFeed(st.update.get(f.every, f.url)!), created: false };
    },
    remove(idOrUrl) {
      return (/^\d+$/.test(idOrUrl) ? st.removeById.run(Number(idOrUrl)) : st.removeByUrl.run(idOrUrl)).changes > 0;
    },
    get(id) {
      const r = st.get.get(id);
      return r ? toFeed(r) : null;
    },
    list() {
      return st.list.all().map(toFeed);
    },
    follow(feedId, to: ChannelAddress) {
      st.follow.run(feedId, to.platform, to.workspace, to.channel);
    },
    followers(feedId) {
      return st.followers.all(feedId);
    },
    polled(id, p) {
      st.polled.run({ id, at: p.at, etag: p.etag, lastModified: p.lastModified, title: p.title ?? null, status: p.status });
    },
    failed(id, p) {
      return toFeed(st.failed.get({ id, at: p.at, error: p.error, status: p.status })!);
    },
    pause(id, reason, at) {
      st.pause.run(at, reason, id);
    },
    markPausedTold(id) {
      st.told.run(id);
    },
    seen(feedId, keys) {
      return keys.length > 0 && st.seen.get(feedId, JSON.stringify(keys))!.n > 0;
    },
    remember(feedId, keys, articleId, at) {
      rememberAll(feedId, keys, articleId, at);
    },
  };
}
