// Feeding the index: RSS and Atom feeds polled with conditional requests, items known by GUID and
// link, failing feeds paused with their channels told once, /ingest URL from chat, and a watched
// folder — against a local HTTP server on 127.0.0.1 serving real-shaped news pages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../commands/index.ts';
import type { Answer } from '../src/briefing/answers.ts';
import type { CommandContext } from '../src/command.ts';
import { answerLine } from '../src/dispatch.ts';
import { watchFolder } from '../src/feeds/folder.ts';
import type { Intake } from '../src/feeds/manage.ts';
import { createFeedPoller, PAUSE_AFTER_FAILURES_MS, PAUSE_AFTER_REFUSALS_MS, type FeedPoller } from '../src/feeds/poller.ts';
import type { FetchSettings } from '../src/feeds/url.ts';
import type { Poster } from '../src/schedule/scheduler.ts';
import { openStore, type ChannelAddress, type Store } from '../src/store/index.ts';

/** What the test server answers, path by path; tests change it between polls. */
const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
const hits: string[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const route = routes.get(req.url ?? '');
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let dir: string;
let store: Store;
const pollers: FeedPoller[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-feeds-'));
  store = openStore(join(dir, 'index.db'));
  routes.clear();
  hits.length = 0;
});
afterEach(async () => {
  for (const p of pollers.splice(0)) await p.stop();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const SETTINGS: FetchSettings = { allowLoopback: true, timeoutMs: 5_000 };

/** A news page as sites serve them: navigation, an ad, a cookie banner, related stories, JSON-LD. */
function page(o: { title: string; author: string; date: string; body: readonly string[]; canonical?: string }): string {
  return `<!doctype html><html><head><title>${o.title} | The Harbour Herald</title>
<meta property="og:title" content="${o.title}">
${o.canonical ? `<link rel="canonical" href="${o.canonical}">` : ''}
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: o.title, author: { '@type': 'Person', name: o.author }, datePublished: o.date })}</script>
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<div class="ad">Advertisement: Cheap flights to Lisbon from 19.99, book today!</div>
<main><article><h1>${o.title}</h1><p class="byline">By ${o.author}</p>
${o.body.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/x">Ferry operator posts record losses</a></li><li><a href="/y">Mayor opens new cycle bridge</a></li></ul></aside></main>
<footer>© 2026 The Harbour Herald. All rights reserved.</footer></body></html>`;
}

const STORIES = {
  a1: { title: 'Rotterdam port names Marieke Janssen chief executive', author: 'Eva de Boer', date: '2026-12-01', body: ['The Rotterdam port authority appointed Marieke Janssen on December 1, 2026.', '"We will reopen the northern terminal by spring," said Marieke Janssen, the chief executive of the port authority.', 'Dockworkers went on strike in Rotterdam on November 28, 2026, the union said.'] },
  a2: { title: 'Antwerp dockworkers end strike after pay deal', author: 'Luc Peeters', date: '2026-12-02', body: ['Dockworkers in Antwerp ended their strike on December 2, 2026, after a pay deal.', '"This is a fair agreement," said Sofie Claes, the union leader.', 'The port of Antwerp had been closed for four days.'] },
  a3: { title: 'Hamburg harbour opens new container terminal', author: 'Jonas Weber', date: '2026-12-03', body: ['The city of Hamburg opened a new container terminal on December 3, 2026.', '"It doubles our capacity," said Katrin Vogel, the harbour master.'] },
} as const;

function serveStory(path: string, s: (typeof STORIES)[keyof typeof STORIES], extra: { canonical?: string } = {}) {
  routes.set(path, (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page({ ...s, ...extra })));
}

function rss(items: { guid?: string; link: string; title: string; date?: string }[], etag = '"v1"') {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Herald</title><link>${base}/</link>
${items.map((i) => `<item><title>${i.title}</title><link>${base}${i.link}</link>${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}${i.date ? `<pubDate>${i.date}</pubDate>` : ''}</item>`).join('\n')}
</channel></rss>`;
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(xml);
  };
}

function poller(o: { now?: () => Date; poster?: Poster; onArticle?: (id: number) => void } = {}): FeedPoller {
  const p = createFeedPoller({ store, settings: SETTINGS, platforms: ['slack'], ...o });
  pollers.push(p);
  return p;
}

function addFeed(url: string, follower?: ChannelAddress) {
  const { feed } = store.feeds.add({ url, every: '*/30 * * * *', addedBy: 'U1', addedAt: '2026-12-01T00:00:00Z' });
  if (follower) store.feeds.follow(feed.id, follower);
  return feed;
}

const titles = () => store.listArticles().map((a) => a.title);

describe('feeds', () => {
  it('ingests new RSS items once, asks again with the ETag, and does not take an edited GUID or date twice', async () => {
    serveStory('/a1', STORIES.a1);
    serveStory('/a2', STORIES.a2);
    routes.set('/feed.xml', rss([{ guid: 'g2', link: '/a2', title: 'a2', date: 'Wed, 02 Dec 2026 10:00:00 GMT' }, { guid: 'g1', link: '/a1', title: 'a1' /* no date */ }]));
    const announced: number[] = [];
    const p = poller({ onArticle: (id) => announced.push(id) });
    const feed = addFeed(`${base}/feed.xml`);
    const first = await p.poll(feed);
    expect(first.status).toBe('ok');
    expect(titles()).toEqual([STORIES.a1.title, STORIES.a2.title]); // oldest item first; the undated one too
    expect(announced).toEqual(first.added);
    expect(announced).toHaveLength(2);
    const a1 = store.listArticles()[0]!;
    expect(a1.byline).toBe(STORIES.a1.author);
    expect(a1.published).toBe('2026-12-01');
    const text = store.getArticle(a1.id)!.text;
    expect(text).toContain('appointed Marieke Janssen');
    for (const debris of ['Cheap flights', 'Accept all', 'Related stories', 'Ferry operator posts', 'All rights reserved']) expect(text).not.toContain(debris);

    // unchanged feed: a conditional request, answered 304, nothing fetched again
    hits.length = 0;
    expect((await p.poll(store.feeds.get(feed.id)!)).status).toBe('not-modified');
    expect(hits).toEqual(['GET /feed.xml']);

    // the publisher edits a GUID and a date, and adds a story
    serveStory('/a3', STORIES.a3);
    routes.set('/feed.xml', rss([{ guid: 'g3', link: '/a3', title: 'a3' }, { guid: 'g2', link: '/a2', title: 'a2', date: 'Thu, 03 Dec 2026 09:00:00 GMT' }, { guid: 'g1-edited', link: '/a1', title: 'a1' }], '"v2"'));
    hits.length = 0;
    const third = await p.poll(store.feeds.get(feed.id)!);
    expect(third.added).toHaveLength(1);
    expect(titles()).toEqual([STORIES.a1.title, STORIES.a2.title, STORIES.a3.title]);
    expect(hits).toEqual(['GET /feed.xml', 'GET /a3']);
    expect(store.feeds.get(feed.id)).toMatchObject({ etag: '"v2"', failures: 0, title: 'Harbour Herald' });
  });

  it('reads Atom feeds', async () => {
    serveStory('/a3', STORIES.a3);
    routes.set('/atom.xml', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/atom+xml' })
        .end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Herald</title><id>urn:h</id><updated>2026-12-03T10:00:00Z</updated>
<entry><id>urn:a3</id><title>a3</title><link rel="alternate" href="${base}/a3"/><updated>2026-12-03T10:00:00Z</updated></entry></feed>`),
    );
    const r = await poller().poll(addFeed(`${base}/atom.xml`));
    expect(r.added).toHaveLength(1);
    expect(titles()).toEqual([STORIES.a3.title]);
  });

  it('retries an item whose page failed on the next poll, never half-ingested', async () => {
    let up = false;
    routes.set('/a1', (req, res) => (up ? res.writeHead(200, { 'content-type': 'text/html' }).end(page(STORIES.a1)) : res.writeHead(503).end('busy')));
    routes.set('/feed.xml', rss([{ guid: 'g1', link: '/a1', title: 'a1' }]));
    const p = poller();
    const feed = addFeed(`${base}/feed.xml`);
    const first = await p.poll(feed);
    expect(first.itemErrors).toHaveLength(1);
    expect(first.itemErrors[0]).toMatch(/503/);
    expect(store.counts().articles).toBe(0);
    up = true;
    routes.set('/feed.xml', rss([{ guid: 'g1', link: '/a1', title: 'a1' }], '"v1b"'));
    expect((await p.poll(store.feeds.get(feed.id)!)).added).toHaveLength(1);
  });

  it('pauses a feed refused for days and a feed failing for a week, and tells its channels once', async () => {
    routes.set('/gone.xml', (_req, res) => res.writeHead(410).end('gone'));
    routes.set('/down.xml', (_req, res) => res.writeHead(502).end('bad gateway'));
    let t = Date.parse('2026-12-01T00:00:00Z');
    const told: { to: ChannelAddress; answer: Answer }[] = [];
    const poster: Poster = { post: async (to, answer) => (told.push({ to, answer }), 'm') };
    const p = poller({ now: () => new Date(t), poster });
    const gone = addFeed(`${base}/gone.xml`, { platform: 'slack', workspace: 'T1', channel: 'C-NEWS' });
    const down = addFeed(`${base}/down.xml`, { platform: 'slack', workspace: 'T1', channel: 'C-NEWS' });
    const hour = 3_600_000;
    for (; t <= Date.parse('2026-12-01T00:00:00Z') + PAUSE_AFTER_FAILURES_MS + hour; t += 6 * hour) {
      for (const f of [gone, down]) {
        const current = store.feeds.get(f.id)!;
        if (!current.pausedAt) await p.poll(current);
      }
      if (t === Date.parse('2026-12-01T00:00:00Z') + PAUSE_AFTER_REFUSALS_MS) {
        expect(store.feeds.get(gone.id)!.pausedAt).not.toBeNull();
        expect(store.feeds.get(down.id)!.pausedAt).toBeNull();
      }
    }
    expect(store.feeds.get(gone.id)).toMatchObject({ pausedTold: true, lastStatus: 410, pausedReason: expect.stringContaining('HTTP 410') });
    expect(store.feeds.get(down.id)).toMatchObject({ pausedTold: true, lastStatus: 502 });
    expect(told.map((x) => [x.to.channel, x.answer.kind])).toEqual([
      ['C-NEWS', 'notice'],
      ['C-NEWS', 'notice'],
    ]);
    const errors = await answerLine('/feeds errors', context());
    expect(errors.kind === 'notice' && errors.lines.join('\n')).toMatch(/paused: refused \(HTTP 410\)/);
  });

  it('refuses a feed that redirects into the private network', async () => {
    routes.set('/sneaky.xml', (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end());
    const r = await poller().poll(addFeed(`${base}/sneaky.xml`));
    expect(r.status).toBe('failed');
    expect(r.error).toMatch(/private|link-local|address/i);
  });
});

function context(manager = true, intake?: Partial<Intake>): CommandContext {
  return {
    store,
    commands,
    user: { id: 'U1', manager },
    channel: { platform: 'slack', workspace: 'T1', channel: 'C1' },
    intake: { settings: SETTINGS, poller: null, announce: () => {}, ...intake },
  };
}

describe('/ingest URL', () => {
  it('adds the page and says what it learned; the same article by another URL is one article', async () => {
    serveStory('/story?utm=chat', STORIES.a1, { canonical: `${base}/a1` });
    serveStory('/a1', STORIES.a1, { canonical: `${base}/a1` });
    let announced = 0;
    const answer = await answerLine(`/ingest ${base}/story?utm=chat`, context(true, { announce: () => void announced++ }));
    expect(answer.kind).toBe('notice');
    const lines = answer.kind === 'notice' ? answer.lines.join('\n') : '';
    expect(lines).toContain(STORIES.a1.title);
    expect(lines).toContain(`${base}/a1`); // the canonical URL
    expect(lines).toMatch(/\d+ events/);
    expect(lines).toMatch(/•/);
    expect(announced).toBe(1);
    const again = await answerLine(`/ingest ${base}/a1`, context());
    expect(again).toMatchObject({ kind: 'notice', title: 'Already in the index' });
    expect(store.counts().articles).toBe(1);
  });

  it('is for channel managers, and refuses bad addresses politely with nothing stored', async () => {
    serveStory('/a1', STORIES.a1);
    expect(await answerLine(`/ingest ${base}/a1`, context(false))).toMatchObject({ kind: 'problem' });
    expect(await answerLine('/ingest file:///etc/passwd', context())).toMatchObject({ kind: 'problem' });
    expect(await answerLine(`/ingest ${base}/missing`, context())).toMatchObject({ kind: 'problem', message: expect.stringMatching(/404/) });
    routes.set('/image', (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(100)));
    expect(await answerLine(`/ingest ${base}/image`, context())).toMatchObject({ kind: 'problem' });
    // loopback is allowed only because these tests say so
    expect(await answerLine(`/ingest ${base}/a1`, { ...context(), intake: { settings: {}, poller: null, announce: () => {} } })).toMatchObject({
      kind: 'problem',
      message: expect.stringMatching(/address/),
    });
    expect(store.counts().articles).toBe(0);
  });
});

describe('watched folder', () => {
  it('ingests files that arrived while stopped, and those added or changed while it runs, and tells digests and watches', async () => {
    const folder = join(dir, 'articles');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    // arrived while the bot was stopped
    writeFileSync(join(folder, 'hamburg.md'), `---\ntitle: Hamburg terminal opens\n---\n\n${STORIES.a3.body.join(' ')}\n`);
    let told = 0;
    const w = watchFolder({ store, dir: folder, settleMs: 100, onIngested: (s) => void (told += s.added + s.replaced) });
    await w.ready;
    try {
      await vi.waitFor(() => expect(titles()).toEqual(['Hamburg terminal opens']), { timeout: 10_000, interval: 50 });
      writeFileSync(join(folder, 'rotterdam.md'), `---\ntitle: Rotterdam strike\npublished: 2026-12-01\n---\n\n${STORIES.a1.body.join(' ')}\n`);
      writeFileSync(join(folder, 'notes.tmp'), 'not an article');
      await vi.waitFor(() => expect(titles()).toEqual(['Hamburg terminal opens', 'Rotterdam strike']), { timeout: 10_000, interval: 50 });
      writeFileSync(join(folder, 'rotterdam.md'), `---\ntitle: Rotterdam strike ends\npublished: 2026-12-02\n---\n\n${STORIES.a2.body.join(' ')}\n`);
      await vi.waitFor(() => expect(titles()).toEqual(['Hamburg terminal opens', 'Rotterdam strike ends']), { timeout: 10_000, interval: 50 });
      expect(told).toBe(3);
    } finally {
      await w.close();
    }
  });
});
