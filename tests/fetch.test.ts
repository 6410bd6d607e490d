// The safe fetcher and page -> article, against a local HTTP server on 127.0.0.1. The server is
// reached with `allowLoopback` (or `allowPrivate`) set explicitly; everything else private stays
// refused, and nothing leaves the machine: refused addresses are refused before any connection.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, fetchSafely, type FetchOptions } from '../src/ingest/fetch.ts';
import { IngestError } from '../src/ingest/errors.ts';
import { pageToArticle } from '../src/ingest/page.ts';

let server: Server;
let base: string;
const hits: string[] = [];
/** How each streamed response ended: 'finished' or 'closed early'. */
const ended = new Map<string, Promise<'finished' | 'closed early'>>();

const STORY_PATH = '/news/2025/03/07/housing-minister-resigns';

function newsPage(origin: string): string {
  const related = ['Rents rise for a fifth month', 'Opposition calls for snap vote', 'Builders warn of slowdown']
    .map((t, i) => `<li><a href="/news/related-${i}"><time datetime="2024-12-0${i + 1}">Dec ${i + 1}</time> ${t}</a></li>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>French housing minister resigns over rent-control row | The Paris Ledger</title>
  <link rel="canonical" href="${origin}${STORY_PATH}">
  <link rel="stylesheet" href="/static/site.css">
  <script>window.dataLayer = []; function track(){ dataLayer.push(arguments); }</script>
  <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "French housing minister resigns over rent-control row",
    "author": { "@type": "Person", "name": "Claire Dumont" },
    "datePublished": "2025-03-07T09:15:00+01:00",
    "publisher": { "@type": "Organization", "name": "The Paris Ledger" }
  }
  </script>
</head>
<body>
  <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept all cookies</button></div>
  <header class="site-header">
    <a class="logo" href="/">The Paris Ledger</a>
    <nav class="main-nav"><ul><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li><li><a href="/world">World</a></li><li><a href="/subscribe">Subscribe today</a></li></ul></nav>
  </header>
  <aside class="trending"><h2>Trending now</h2><ul>${related}</ul></aside>
  <main>
    <article class="story">
      <h1>French housing minister resigns over rent-control row</h1>
      <p class="byline">By <a rel="author" href="/authors/claire-dumont">Claire Dumont</a></p>
      <p><time datetime="2025-03-07T09:15:00+01:00">March 7, 2025</time></p>
      <div class="ad ad-slot" id="ad-top">Advertisement: Sponsored: the best mortgage rates this spring</div>
      <p>PARIS, March 7 — French Housing Minister Paul Girard resigned on Friday after a week-long row with the finance ministry over a proposed national cap on rents, the prime minister's office said.</p>
      <p>Girard, who had held the post since 2023, said in a statement that he could not defend a budget that "abandons tenants in the big cities" and that he would return to his seat in the National Assembly.</p>
      <p>The prime minister thanked Girard for his work and named his deputy, Sophie Marchand, as acting minister until a successor is appointed, the office said.</p>
      <div class="ad ad-inline">Advertisement: Subscribe for €1 a week</div>
      <p>Tenant groups had backed the cap, which would have limited annual rent increases to 2 percent in cities with more than 200,000 people, while landlords' associations warned it would reduce the supply of housing.</p>
      <p>Finance Minister Eric Lemoine told reporters on Thursday that the cap "cannot be financed this year" and that the government would return to the question in the autumn.</p>
    </article>
    <section class="related-articles"><h2>Related articles</h2><ul>
      <li><a href="/news/a">Landlords welcome delay to rent cap</a></li>
      <li><a href="/news/b">What a national rent cap would mean for you</a></li>
      <li><a href="/news/c">Girard's career in pictures</a></li>
    </ul></section>
  </main>
  <footer><p>© 2025 The Paris Ledger. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body>
</html>`;
}

/** Writes 1 MB in 16 KB chunks, one every 2 ms, stopping if the client goes away. */
function stream1MB(req: IncomingMessage, res: ServerResponse, headers: Record<string, string | number>): void {
  res.writeHead(200, headers);
  const chunk = Buffer.alloc(16 * 1024, 'a');
  let sent = 0;
  let closed = false;
  ended.set(
    req.url!,
    new Promise((resolve) => res.on('close', () => {
      closed = true;
      resolve(res.writableFinished ? 'finished' : 'closed early');
    })),
  );
  const tick = () => {
    if (closed) return;
    if (sent >= 1024 * 1024) return void res.end();
    res.write(chunk);
    sent += chunk.length;
    setTimeout(tick, 2);
  };
  tick();
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url!, base);
  hits.push(url.pathname);
  const p = url.pathname;
  if (p === STORY_PATH || p === '/story-at-another-path') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return void res.end(newsPage(base));
  }
  if (p === '/etag') {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Fri, 07 Mar 2025 09:00:00 GMT' });
    return void res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>');
  }
  if (p === '/since') {
    if (req.headers['if-modified-since'] === 'Fri, 07 Mar 2025 09:00:00 GMT') return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'text/plain' });
    return void res.end('changed');
  }
  const hop = /^\/r\/(\d+)$/.exec(p);
  if (hop) {
    const n = Number(hop[1]);
    if (n === 0) return void res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('arrived');
    // alternately relative and absolute Location headers
    return void res.writeHead(n % 2 ? 302 : 301, { location: n % 2 ? `${n - 1}` : `${base}/r/${n - 1}` }).end();
  }
  if (p === '/loop-a') return void res.writeHead(302, { location: '/loop-b' }).end();
  if (p === '/loop-b') return void res.writeHead(307, { location: '/loop-a' }).end();
  const to: Record<string, string> = {
    '/to-private': 'http://10.0.0.1/',
    '/to-metadata': 'http://169.254.169.254/latest/meta-data/',
    '/to-mapped': 'http://[::ffff:10.0.0.1]/',
    '/to-unique-local': 'http://[fd00::1]/',
    '/to-cgnat': 'http://100.64.0.1/',
    '/to-file': 'file:///etc/passwd',
  };
  if (to[p]) return void res.writeHead(302, { location: to[p] }).end();
  if (p === '/slow-body') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>The first words arrive');
    return; // and nothing more, until the client gives up
  }
  if (p === '/no-answer') return;
  if (p === '/big-chunked') return stream1MB(req, res, { 'content-type': 'text/html' });
  if (p === '/big-length') return stream1MB(req, res, { 'content-type': 'text/html', 'content-length': 50 * 1024 * 1024 });
  if (p === '/gzip') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' });
    return void res.end(gzipSync('squeezed text, ünïcode intact'));
  }
  if (p === '/gzip-bomb') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    return void res.end(gzipSync(Buffer.alloc(20 * 1024 * 1024, ' ')));
  }
  if (p === '/image.png') {
    res.writeHead(200, { 'content-type': 'image/png' });
    return void res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  }
  if (p === '/untyped-binary') return void res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
  if (p === '/latin1') {
    res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
    return void res.end(Buffer.from('<html><body><p>Le café de São Paulo à Zürich coûte 3 €? Non: 3 francs.</p></body></html>'.replace('€', 'E'), 'latin1'));
  }
  if (p === '/meta-charset') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return void res.end(Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Señor Muñoz</p></body></html>', 'latin1'));
  }
  if (p === '/undeclared-1252') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return void res.end(Buffer.from('<html><body><p>Crème brûlée</p></body></html>', 'latin1'));
  }
  res.writeHead(404, { 'content-type': 'text/html' });
  res.end('<h1>Not found</h1>');
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const LOCAL: FetchOptions = { accept: ['page'], allowLoopback: true };

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected the fetch to fail');
}

describe('a news page becomes an article', () => {
  it('gives the headline, author, date, canonical url and the story without nav, ads, related items or the cookie banner', async () => {
    const page = await fetchSafely(`${base}/story-at-another-path?utm_source=x`, LOCAL);
    expect(page.status).toBe(200);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    const article = pageToArticle(page.body, page.url);
    expect(article.title).toBe('French housing minister resigns over rent-control row');
    expect(article.byline).toBe('Claire Dumont');
    expect(article.published).toBe('2025-03-07');
    expect(article.url).toBe(`${base}${STORY_PATH}`);
    expect(article.path).toBeNull();
    expect(article.text).toMatch(/^PARIS, March 7 — French Housing Minister Paul Girard resigned on Friday/);
    expect(article.text).toContain('Finance Minister Eric Lemoine told reporters on Thursday');
    expect(article.sentences.length).toBeGreaterThanOrEqual(5);
    for (const debris of ['Politics', 'Subscribe', 'Advertisement', 'mortgage', 'Rents rise', 'Trending', 'Landlords welcome', 'Related articles', 'in pictures', 'cookies', 'All rights reserved', 'Privacy']) {
      expect(article.text).not.toContain(debris);
    }
  });

  it('without a canonical link the fetched URL is the article URL, fragment dropped', () => {
    const html = newsPage('').replace(/<link rel="canonical"[^>]*>/, '');
    expect(pageToArticle(html, 'https://news.example/a?id=1#top').url).toBe('https://news.example/a?id=1');
  });

  it('a relative canonical link is resolved; one on another site is ignored', () => {
    const relative = newsPage('');
    expect(pageToArticle(relative, 'https://www.ledger.example/x').url).toBe(`https://www.ledger.example${STORY_PATH}`);
    expect(pageToArticle(relative, 'https://ledger.example/x').url).toBe(`https://ledger.example${STORY_PATH}`);
    const elsewhere = newsPage('https://other.example');
    expect(pageToArticle(elsewhere, 'https://ledger.example/x').url).toBe('https://ledger.example/x');
    const notHttp = newsPage('javascript:alert(1)//');
    expect(pageToArticle(notHttp, 'https://ledger.example/x').url).toBe('https://ledger.example/x');
  });

  it('a page with no article text is an IngestError naming the URL', () => {
    const html = '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2025</footer></body></html>';
    expect(() => pageToArticle(html, 'https://news.example/empty')).toThrow(IngestError);
    expect(() => pageToArticle(html, 'https://news.example/empty')).toThrow(/^https:\/\/news\.example\/empty: empty article/);
  });

  it('deeply nested markup is read without readability, or refused, quickly', () => {
    const deep = (n: number) => `<html><body>${'<div>'.repeat(n)}<p>Paul Girard resigned as housing minister on Friday, his office said.</p>${'</div>'.repeat(n)}</body></html>`;
    const t = Date.now();
    expect(pageToArticle(deep(1500), 'https://news.example/deep').text).toBe('Paul Girard resigned as housing minister on Friday, his office said.');
    expect(() => pageToArticle(deep(50_000), 'https://news.example/deeper')).toThrow(/nested too deeply/);
    expect(Date.now() - t).toBeLessThan(5000);
  });
});

describe('conditional requests', () => {
  it('a matching If-None-Match gets 304: notModified, empty body, validators kept', async () => {
    const first = await fetchSafely(`${base}/etag`, { ...LOCAL, accept: ['feed'] });
    expect(first).toMatchObject({ notModified: false, status: 200, etag: '"v1"', lastModified: 'Fri, 07 Mar 2025 09:00:00 GMT' });
    expect(first.body).toContain('<rss');
    const again = await fetchSafely(`${base}/etag`, { ...LOCAL, accept: ['feed'], etag: first.etag, lastModified: first.lastModified });
    expect(again).toMatchObject({ notModified: true, status: 304, body: '', etag: '"v1"' });
  });

  it('If-Modified-Since is sent too', async () => {
    const again = await fetchSafely(`${base}/since`, { ...LOCAL, lastModified: 'Fri, 07 Mar 2025 09:00:00 GMT' });
    expect(again.notModified).toBe(true);
  });
});

describe('redirects', () => {
  it('relative and absolute redirects are followed up to the limit', async () => {
    const page = await fetchSafely(`${base}/r/5`, LOCAL);
    expect(page.body).toBe('arrived');
    expect(page.url).toBe(`${base}/r/0`);
    const twice = await fetchSafely(`${base}/r/2`, { ...LOCAL, maxRedirects: 2 });
    expect(twice.body).toBe('arrived');
  });

  it('one redirect past the limit is refused', async () => {
    const err = await failure(fetchSafely(`${base}/r/6`, LOCAL));
    expect(err.reason).toBe('redirects');
    expect(err.message).toBe(`${base}/r/6 redirects more than 5 times`);
    expect((await failure(fetchSafely(`${base}/r/3`, { ...LOCAL, maxRedirects: 2 }))).reason).toBe('redirects');
  });

  it('a redirect loop is refused', async () => {
    const err = await failure(fetchSafely(`${base}/loop-a`, LOCAL));
    expect(err.reason).toBe('redirects');
    expect(err.message).toBe(`${base}/loop-a redirects in a loop`);
  });

  it('a redirect to a private, link-local, CGNAT or unique-local address is refused though loopback is allowed', async () => {
    const cases: Array<[string, string]> = [
      ['/to-private', 'a private address (10.0.0.1)'],
      ['/to-metadata', 'a link-local address (169.254.169.254)'],
      ['/to-mapped', 'a private address (::ffff:a00:1)'],
      ['/to-unique-local', 'a unique-local address (fd00::1)'],
      ['/to-cgnat', 'a carrier-grade NAT address (100.64.0.1)'],
    ];
    for (const [path, what] of cases) {
      const err = await failure(fetchSafely(`${base}${path}`, LOCAL));
      expect(err.reason).toBe('address');
      expect(err.message).toContain(`(where ${base}${path} redirects) is ${what}; set BRIEFBOT_FETCH_ALLOW_PRIVATE=true to allow it`);
    }
  });

  it('a redirect to file:// is refused as a scheme', async () => {
    const err = await failure(fetchSafely(`${base}/to-file`, LOCAL));
    expect(err.reason).toBe('scheme');
    expect(err.message).toBe(`only http and https addresses can be fetched, not file:///etc/passwd (where ${base}/to-file redirects)`);
  });
});

describe('addresses', () => {
  it('without allowPrivate, 127.0.0.1 is refused before connecting', async () => {
    const before = hits.length;
    const err = await failure(fetchSafely(`${base}${STORY_PATH}`, { accept: ['page'] }));
    expect(err.reason).toBe('address');
    expect(err.message).toBe(`${base}${STORY_PATH} is a loopback address (127.0.0.1); set BRIEFBOT_FETCH_ALLOW_PRIVATE=true to allow it`);
    expect(hits.length).toBe(before);
  });

  it('without allowPrivate, a hostname resolving to loopback (localhost) is refused at connect time', async () => {
    const before = hits.length;
    const port = new URL(base).port;
    const err = await failure(fetchSafely(`http://localhost:${port}/`, { accept: ['page'] }));
    expect(err.reason).toBe('address');
    expect(err.message).toMatch(new RegExp(`^http://localhost:${port}/ resolves to a loopback address \\((127\\.0\\.0\\.1|::1)\\); set BRIEFBOT_FETCH_ALLOW_PRIVATE=true to allow it$`));
    expect(hits.length).toBe(before);
  });

  it('literal private addresses in any spelling are refused without a connection', async () => {
    for (const url of ['http://10.1.2.3/', 'http://0x7f.1/', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://0.0.0.0/', 'http://[fe80::1]/', 'http://224.0.0.1/', 'http://192.168.1.1:8080/admin']) {
      expect((await failure(fetchSafely(url, { accept: ['page'] }))).reason).toBe('address');
    }
  });

  it('allowPrivate allows loopback too', async () => {
    const page = await fetchSafely(`${base}/r/0`, { accept: ['page'], allowPrivate: true });
    expect(page.body).toBe('arrived');
  });
});

describe('limits', () => {
  it('a body that stalls times out within the configured time', async () => {
    const t = Date.now();
    const err = await failure(fetchSafely(`${base}/slow-body`, { ...LOCAL, timeoutMs: 300 }));
    expect(err.reason).toBe('timeout');
    expect(err.message).toBe(`${base}/slow-body did not answer within 0.3 s`);
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('a server that never answers times out', async () => {
    const err = await failure(fetchSafely(`${base}/no-answer`, { ...LOCAL, timeoutMs: 300 }));
    expect(err.reason).toBe('timeout');
  });

  it('a chunked body over the cap is refused and the transfer cut off', async () => {
    const err = await failure(fetchSafely(`${base}/big-chunked`, { ...LOCAL, maxBytes: 10 * 1024 }));
    expect(err.reason).toBe('too-large');
    expect(err.message).toBe(`${base}/big-chunked is too large (over 10 KB)`);
    expect(await ended.get('/big-chunked')).toBe('closed early');
  });

  it('a declared length over the cap is refused before the body is read', async () => {
    const t = Date.now();
    const err = await failure(fetchSafely(`${base}/big-length`, { ...LOCAL, maxBytes: 10 * 1024, timeoutMs: 10_000 }));
    expect(err.reason).toBe('too-large');
    expect(Date.now() - t).toBeLessThan(1000);
    expect(await ended.get('/big-length')).toBe('closed early');
  });

  it('the cap counts decompressed bytes: a gzip bomb is refused; gzip is decoded', async () => {
    expect((await fetchSafely(`${base}/gzip`, LOCAL)).body).toBe('squeezed text, ünïcode intact');
    const err = await failure(fetchSafely(`${base}/gzip-bomb`, { ...LOCAL, maxBytes: 1024 * 1024 }));
    expect(err.reason).toBe('too-large');
    expect(err.message).toBe(`${base}/gzip-bomb is too large (over 1 MB)`);
  });

  it('the default cap is 5 MB', async () => {
    const err = await failure(fetchSafely(`${base}/big-length`, LOCAL));
    expect(err.message).toContain('is too large (over 5 MB)');
  });
});

describe('what is fetched', () => {
  it('a wrong content type is refused', async () => {
    const err = await failure(fetchSafely(`${base}/image.png`, LOCAL));
    expect(err.reason).toBe('content-type');
    expect(err.message).toBe(`${base}/image.png is not a web page (its content type is image/png)`);
  });

  it('an HTML page is not a feed', async () => {
    const err = await failure(fetchSafely(`${base}${STORY_PATH}`, { ...LOCAL, accept: ['feed'] }));
    expect(err.reason).toBe('content-type');
    expect(err.message).toContain('is not an RSS or Atom feed (its content type is text/html)');
  });

  it('binary content without a declared type is refused', async () => {
    expect((await failure(fetchSafely(`${base}/untyped-binary`, LOCAL))).reason).toBe('content-type');
  });

  it('ftp://, file:// and non-URLs are refused as schemes', async () => {
    for (const url of ['ftp://files.example/a.txt', 'file:///etc/passwd', 'not a url', 'javascript:alert(1)']) {
      const err = await failure(fetchSafely(url, { accept: ['page'] }));
      expect(err.reason).toBe('scheme');
      expect(err.message).toContain('only http and https addresses can be fetched');
    }
  });

  it('a 404 is a status failure carrying the status', async () => {
    const err = await failure(fetchSafely(`${base}/missing`, LOCAL));
    expect(err.reason).toBe('status');
    expect(err.status).toBe(404);
    expect(err.message).toBe(`${base}/missing answered HTTP 404 (Not Found)`);
  });

  it('credentials in the URL never reach a message or the fetched URL', async () => {
    const withCredentials = base.replace('http://', 'http://reporter:s3cret@');
    const err = await failure(fetchSafely(`${withCredentials}/missing`, LOCAL));
    expect(err.message).not.toContain('s3cret');
    expect(err.url).not.toContain('s3cret');
    expect((await fetchSafely(`${withCredentials}/r/0#part`, LOCAL)).url).toBe(`${base}/r/0`);
  });
});

describe('charsets', () => {
  it('an ISO-8859-1 page is decoded by its Content-Type', async () => {
    const page = await fetchSafely(`${base}/latin1`, LOCAL);
    expect(page.body).toContain('Le café de São Paulo à Zürich coûte 3 E? Non: 3 francs.');
    expect(pageToArticle(page.body, page.url).text).toBe('Le café de São Paulo à Zürich coûte 3 E? Non: 3 francs.');
  });

  it('by its <meta charset> when the header does not say', async () => {
    expect((await fetchSafely(`${base}/meta-charset`, LOCAL)).body).toContain('Señor Muñoz');
  });

  it('as windows-1252 when undeclared and not valid UTF-8', async () => {
    expect((await fetchSafely(`${base}/undeclared-1252`, LOCAL)).body).toContain('Crème brûlée');
  });
});
