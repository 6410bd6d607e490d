// The curation web page through app.request(): access, pages, escaping, corrections and undo,
// on a temporary index of made-up articles (tests/support/web-stories.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../src/pipeline.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { createWebApp, startWeb } from '../src/web/index.ts';
import { writeWebStories } from './support/web-stories.ts';

const TOKEN = 'test-token-0123456789abcdef';
const ORIGIN = 'http://localhost';
type App = ReturnType<typeof createWebApp>;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-web-'));
  writeWebStories(dir, { hostile: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const opened: Store[] = [];
afterAll(() => opened.forEach((s) => s.close()));

/** A fresh index of the stories, and the page on it. */
async function fresh(): Promise<{ store: Store; app: App }> {
  const store = openStore(':memory:');
  opened.push(store);
  const summary = await ingestPaths(store, [dir]);
  expect(summary.added).toBe(3);
  return { store, app: createWebApp({ store, token: TOKEN, now: () => new Date('2025-03-01T09:30:00Z') }) };
}

const actorNamed = (store: Store, name: string) => {
  const a = store.listActors().find((x) => x.name === name);
  if (!a) throw new Error(`no actor ${name}: ${store.listActors().map((x) => x.name).join(', ')}`);
  return a;
};

const bearer = { Authorization: `Bearer ${TOKEN}` };

/** Signs in through the form; the session cookie and a page's form token. */
async function signIn(app: App): Promise<{ cookie: string; csrf: string }> {
  const res = await app.request('/login', { method: 'POST', headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token: TOKEN, next: '/' }) });
  expect(res.status).toBe(303);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const page = await (await app.request('/', { headers: { Cookie: cookie } })).text();
  return { cookie, csrf: /name="csrf" value="([^"]+)"/.exec(page)![1]! };
}

function post(app: App, path: string, fields: Record<string, string>, headers: Record<string, string>) {
  return app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields) });
}

const marks = (html: string) => html.match(/<a class="mark" /g)?.length ?? 0;

describe('access', () => {
  it('refuses every page without the token, and with a wrong one, pointing browsers to the sign-in form', async () => {
    const { app } = await fresh();
    for (const path of ['/', '/actors/1', '/articles/1', '/events', '/corrections', '/nowhere']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(401);
      expect(await res.text()).toContain('href="/login?next=');
    }
    expect((await app.request('/', { headers: { Authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    expect((await app.request('/', { headers: { Cookie: 'briefbot_session=forged' } })).status).toBe(401);
    const wrong = await post(app, '/login', { token: 'wrong-token-0123456789' }, { Origin: ORIGIN });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(await wrong.text()).toContain('That token is not the one the bot was configured with.');
    // corrections too
    expect((await post(app, '/actors/1/hide', { why: 'x' }, {})).status).toBe(401);
  });

  it('lets the token in by the sign-in form (an HttpOnly, SameSite=Strict cookie) or as a Bearer header', async () => {
    const { app } = await fresh();
    const form = await app.request('/login');
    expect(form.status).toBe(200);
    expect(await form.text()).toMatch(/<label for="token">Token<\/label>\s*<input id="token" name="token" type="password"/);
    const res = await post(app, '/login', { token: TOKEN, next: '/events' }, { Origin: ORIGIN });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/events');
    const set = res.headers.get('set-cookie')!;
    expect(set).toMatch(/^briefbot_session=[A-Za-z0-9_-]{40,};/);
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Strict/);
    expect(set).toMatch(/Path=\//);
    expect(set).not.toContain(TOKEN);
    const cookie = set.split(';')[0]!;
    expect((await app.request('/events', { headers: { Cookie: cookie } })).status).toBe(200);
    expect((await app.request('/events', { headers: bearer })).status).toBe(200);
    // a next that leaves the site goes home instead
    const away = await post(app, '/login', { token: TOKEN, next: '//evil.example/x' }, { Origin: ORIGIN });
    expect(away.headers.get('location')).toBe('/');
    // signing out ends the session
    const { cookie: c2, csrf } = await signIn(app);
    expect((await post(app, '/logout', { csrf }, { Cookie: c2, Origin: ORIGIN })).status).toBe(303);
    expect((await app.request('/', { headers: { Cookie: c2 } })).status).toBe(401);
  });

  it('refuses a form posted from another site, or without the session’s form token: nothing changes', async () => {
    const { app, store } = await fresh();
    const { cookie, csrf } = await signIn(app);
    const najeem = actorNamed(store, 'Najeem Almasri');
    const osama = actorNamed(store, 'Osama Almasri');
    const merge = { other: 'Osama Almasri', why: 'same man', csrf };
    expect((await post(app, `/actors/${najeem.id}/merge`, merge, { Cookie: cookie, Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(app, `/actors/${najeem.id}/merge`, merge, { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    // under Referrer-Policy no-referrer browsers send Origin: null; Sec-Fetch-Site still tells
    expect((await post(app, `/actors/${najeem.id}/merge`, merge, { Cookie: cookie, Origin: 'null', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post(app, `/actors/${najeem.id}/merge`, merge, { Cookie: cookie, Origin: ORIGIN, 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await post(app, `/actors/${najeem.id}/merge`, { ...merge, csrf: 'guessed' }, { Cookie: cookie, Origin: ORIGIN })).status).toBe(403);
    const { csrf: _omit, ...noToken } = merge;
    expect((await post(app, `/actors/${najeem.id}/merge`, noToken, { Cookie: cookie, Origin: ORIGIN })).status).toBe(403);
    expect((await post(app, '/login', { token: TOKEN }, { Origin: 'https://evil.example' })).status).toBe(403);
    expect(store.corrections.list()).toHaveLength(0);
    expect(store.getActor(osama.id)).not.toBeNull();
    // what a browser sends from the page itself
    expect((await post(app, `/actors/${najeem.id}/merge`, merge, { Cookie: cookie, Origin: 'null', 'Sec-Fetch-Site': 'same-origin' })).status).toBe(303);
    expect(store.getActor(osama.id)).toBeNull();
  });

  it('slows token guessing without locking out the right token', async () => {
    const { app } = await fresh();
    for (let i = 0; i < 25; i++) await app.request('/', { headers: { Authorization: 'Bearer wrong-token-0123456789' } });
    expect((await app.request('/', { headers: { Authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(429);
    expect((await app.request('/', { headers: bearer })).status).toBe(200);
    expect((await post(app, '/login', { token: TOKEN, next: '/' }, { Origin: ORIGIN })).status).toBe(303);
  });

  it('never sends a form back to another site, however its back field is written', async () => {
    const { app, store } = await fresh();
    const { cookie, csrf } = await signIn(app);
    const najeem = actorNamed(store, 'Najeem Almasri');
    const res = await post(app, `/actors/${najeem.id}/alias-add`, { alias: 'Osama Njeem', why: 'ICC spelling', back: '/..//evil.example/x', csrf }, { Cookie: cookie, Origin: ORIGIN });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/(?!\/)/);
  });

  it('sends the security headers on every answer, refusals included', async () => {
    const { app } = await fresh();
    for (const res of [await app.request('/'), await app.request('/', { headers: bearer }), await app.request('/style.css')]) {
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect((await app.request('/style.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('startWeb refuses to serve without a token, in one sentence', async () => {
    const store = openStore(':memory:');
    opened.push(store);
    await expect(startWeb({ store, token: null, host: '127.0.0.1', port: 0 })).rejects.toThrow(/^Configuration error: .*set BRIEFBOT_WEB_TOKEN/);
  });
});

describe('pages', () => {
  it('the actor page draws one mark per dated event, lists undated ones apart, and shows who the actor is named with', async () => {
    const { app, store } = await fresh();
    const najeem = actorNamed(store, 'Najeem Almasri');
    const events = store.eventsForActor(najeem.id);
    const dated = events.filter((e) => e.date.start);
    const undated = events.filter((e) => !e.date.start);
    expect(dated.length).toBe(3);
    expect(undated.length).toBe(1);
    const html = await (await app.request(`/actors/${najeem.id}`, { headers: bearer })).text();
    expect(html).toContain('<h1>Najeem Almasri</h1>');
    expect(html).toMatch(/<svg class="timeline" role="img" aria-labelledby="timeline-title timeline-desc"/);
    expect(marks(html)).toBe(dated.length);
    for (const e of dated) expect(html).toContain(`data-id="${e.id}"`);
    const apart = html.slice(html.indexOf('<h3 id="undated">'), html.indexOf('<h2 id="named-with">'));
    expect(apart).toContain(undated[0]!.summary);
    expect(html.slice(html.indexOf('<svg'), html.indexOf('</svg>'))).not.toContain(undated[0]!.summary);
    // every fact's source is a link to its sentence
    expect(html).toContain(`href="/articles/${dated[0]!.citation.article.id}?s=${dated[0]!.citation.sentenceIndex}#s${dated[0]!.citation.sentenceIndex}"`);
    const named = html.slice(html.indexOf('<h2 id="named-with">'), html.indexOf('<h2 id="quotes">'));
    expect(named).toContain('Misrata');
    expect(named).toMatch(/in 2 sentences together/);
    // the role, cited
    expect(html).toContain('commander of the Harbour Guard');
    // no script, no inline style: the CSP forbids both
    expect(html).not.toMatch(/<script|style="/);
  });

  it('the article page marks the sentence ?s= names, and anchors every sentence', async () => {
    const { app, store } = await fresh();
    const article = store.listArticles().find((a) => a.title === 'Harbour police chief detained in Turin')!;
    const html = await (await app.request(`/articles/${article.id}?s=4`, { headers: bearer })).text();
    expect(html.match(/<mark>/g)).toHaveLength(1);
    expect(html).toContain('<li id="s4" value="5"><mark>Najeem Almasri met prosecutors in Rome in March 2024.</mark></li>');
    for (let i = 0; i < 7; i++) expect(html).toContain(`id="s${i}"`);
    // the facts found in it
    expect(html).toContain('Italian police arrested Najeem Almasri in Turin');
    expect(html).toContain('We acted on the warrant within hours');
    expect((await app.request('/articles/999', { headers: bearer })).status).toBe(404);
  });

  it('shows hostile article text as text, on every page that shows it', async () => {
    const { app, store } = await fresh();
    const article = store.listArticles().find((a) => a.title?.includes('Mayor'))!;
    const kranz = actorNamed(store, 'Kranz');
    const pages = await Promise.all(
      [`/articles/${article.id}?s=0`, `/actors/${kranz.id}`, '/events?q=Portvale', `/?q=${encodeURIComponent('Mayor')}`].map(async (p) => (await app.request(p, { headers: bearer })).text()),
    );
    for (const html of pages) {
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>Kranz');
      expect(html).not.toContain('</textarea>');
    }
    const [articleHtml, kranzHtml] = pages;
    expect(articleHtml).toContain('Mayor &lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &quot;friends&quot; &lt;/textarea&gt;');
    expect(articleHtml).toContain('Edda &lt;b&gt;Kranz&lt;/b&gt;, said &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;');
    expect(kranzHtml).toContain('We will find who wrote &lt;img src=x onerror=alert(2)&gt;');
    expect(pages[3]).toContain('&lt;script&gt;');
  });

  it('searches actors through the name resolver, events and article titles; lists the most mentioned without a query', async () => {
    const { app, store } = await fresh();
    const home = await (await app.request('/', { headers: bearer })).text();
    expect(home).toContain('Most mentioned');
    expect(home.indexOf('Najeem Almasri')).toBeLessThan(home.indexOf('Osama Almasri'));
    // a misspelling still finds both namesakes
    const found = await (await app.request('/?q=Almasry', { headers: bearer })).text();
    for (const name of ['Najeem Almasri', 'Osama Almasri']) expect(found).toContain(`<a href="/actors/${actorNamed(store, name).id}">${name}</a>`);
    const events = await (await app.request('/?q=arrested', { headers: bearer })).text();
    expect(events).toContain('Italian police arrested Najeem Almasri in Turin');
    const titles = await (await app.request('/?q=flown', { headers: bearer })).text();
    expect(titles).toContain('Misrata commander flown home');
    const list = await (await app.request('/events?q=Court', { headers: bearer })).text();
    expect(list).toContain('Court of Appeal released Najeem Almasri');
    expect(list).not.toContain('Italian police arrested');
  });
});

describe('corrections', () => {
  it('a merge through the actor page’s form changes the page: one actor, both names, both articles, a flash saying what changed', async () => {
    const { app, store } = await fresh();
    const { cookie, csrf } = await signIn(app);
    const najeem = actorNamed(store, 'Najeem Almasri');
    const osama = actorNamed(store, 'Osama Almasri');
    const before = await (await app.request(`/actors/${najeem.id}`, { headers: { Cookie: cookie } })).text();
    expect(before).toContain(`<form class="fix" method="post" action="/actors/${najeem.id}/merge">`);
    expect(marks(before)).toBe(3);

    const res = await post(app, `/actors/${najeem.id}/merge`, { other: 'Osama Almasri', why: 'one man: the ICC warrant names him Osama Almasri Najeem', back: `/actors/${najeem.id}`, csrf }, { Cookie: cookie, Origin: ORIGIN });
    expect(res.status).toBe(303);
    const [c] = store.corrections.list();
    expect(c).toMatchObject({ by: 'web editor', reason: 'one man: the ICC warrant names him Osama Almasri Najeem', at: '2025-03-01T09:30:00.000Z', data: { kind: 'merge' } });
    expect(res.headers.get('location')).toBe(`/actors/${najeem.id}?done=${c!.id}`);

    const after = await (await app.request(res.headers.get('location')!, { headers: { Cookie: cookie } })).text();
    expect(after).toMatch(/<div class="flash" role="status"><p><strong>Done:<\/strong> Osama Almasri and Najeem Almasri are one actor, Najeem Almasri\./);
    expect(after).toContain('<span class="alias">Osama Almasri</span>');
    expect(after).toContain('Misrata commander flown home');
    expect(after).toContain('Harbour police chief detained in Turin');
    // Osama's sanction (2023) and his flight home (3 February 2025) join the drawing
    expect(marks(after)).toBe(5);
    expect(after).toContain('European Union sanctioned');
    // an old link to the merged-away actor leads to the one it went into
    const old = await app.request(`/actors/${osama.id}`, { headers: bearer });
    expect(old.status).toBe(302);
    expect(old.headers.get('location')).toBe(`/actors/${najeem.id}`);
  });

  it('an invalid correction is refused politely, with the page again, and changes nothing', async () => {
    const { app, store } = await fresh();
    const najeem = actorNamed(store, 'Najeem Almasri');
    const event = store.eventsForActor(najeem.id).find((e) => e.date.start)!;
    const before = JSON.stringify([store.getActor(najeem.id), store.eventsForActor(najeem.id)]);
    const cases: [string, Record<string, string>, RegExp][] = [
      [`/events/${event.id}/date`, { date: '2025-13-40', why: 'typo in the article', back: `/actors/${najeem.id}` }, /The date must be a date written YYYY-MM-DD, YYYY-MM or YYYY \(got &quot;2025-13-40&quot;\)\./],
      [`/actors/${najeem.id}/merge`, { other: 'Zebulon Nobody', why: 'x', back: `/actors/${najeem.id}` }, /No actor is called “Zebulon Nobody”/],
      [`/actors/${najeem.id}/merge`, { other: 'Najeem Almasri', why: 'x', back: `/actors/${najeem.id}` }, /Those are the same actor already\./],
      [`/actors/${najeem.id}/alias-add`, { alias: 'Al-Masri', why: '  ', back: `/actors/${najeem.id}` }, /Give a reason/],
      [`/actors/${najeem.id}/role-remove`, { title: 'pope', why: 'x', back: `/actors/${najeem.id}` }, /Najeem Almasri has no role “?&quot;?pope/],
    ];
    for (const [path, fields, message] of cases) {
      const res = await post(app, path, fields, bearer);
      expect(res.status, path).toBe(422);
      const html = await res.text();
      expect(html).toMatch(/<div class="problem" role="alert"><h2>That correction was not made<\/h2>/);
      expect(html).toMatch(message);
      expect(html).toContain('Nothing was changed.');
      // the page the form was on, again
      expect(html).toContain('<h1>Najeem Almasri</h1>');
    }
    expect(store.corrections.list()).toHaveLength(0);
    expect(JSON.stringify([store.getActor(najeem.id), store.eventsForActor(najeem.id)])).toBe(before);
    // an unknown correction kind is no page
    expect((await post(app, `/actors/${najeem.id}/explode`, { why: 'x' }, bearer)).status).toBe(404);
  });

  it('undo from the correction log puts the facts back; the log says who made and undid it, and why', async () => {
    const { app, store } = await fresh();
    const { cookie, csrf } = await signIn(app);
    const session = { Cookie: cookie, Origin: ORIGIN };
    // the name the editor gives is remembered for their corrections
    expect((await post(app, '/editor', { name: 'Jane Roe', csrf }, session)).status).toBe(303);
    const named = `${cookie}; briefbot_editor=${encodeURIComponent('Jane Roe')}`;
    const najeem = actorNamed(store, 'Najeem Almasri');
    const osama = actorNamed(store, 'Osama Almasri');
    expect((await post(app, `/actors/${najeem.id}/merge`, { other: `#${osama.id}`, why: 'same man', csrf }, { ...session, Cookie: named })).status).toBe(303);
    const event = store.eventsForActor(najeem.id).find((e) => e.summary.includes('arrested'))!;
    expect((await post(app, `/events/${event.id}/place`, { place: 'Turin, Piedmont', why: 'the region too', csrf }, { ...session, Cookie: named })).status).toBe(303);
    const [merge, place] = store.corrections.list();
    expect(merge!.by).toBe('web: Jane Roe');
    expect(store.getActor(osama.id)).toBeNull();

    const log = await (await app.request('/corrections', { headers: { Cookie: named } })).text();
    expect(log.indexOf(`id="c${place!.id}"`)).toBeLessThan(log.indexOf(`id="c${merge!.id}"`));
    expect(log).toContain('Osama Almasri and Najeem Almasri are one actor, Najeem Almasri.');
    expect(log).toContain('same man');
    expect(log).toContain('web: Jane Roe');
    expect(log.match(/>Undo<\/button>/g)).toHaveLength(2);

    expect(log).toContain(`<label for="why-${merge!.id}">Why undo (optional)</label>`);
    const res = await post(app, `/corrections/${merge!.id}/undo`, { csrf, why: 'two brothers, not one man' }, { ...session, Cookie: named });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/corrections?undone=${merge!.id}`);
    const undone = store.corrections.get(merge!.id)!;
    expect(undone.undoneBy).toBe('web: Jane Roe');
    expect(undone.undoReason).toBe('two brothers, not one man');
    expect(store.listActors().filter((a) => a.name === 'Osama Almasri')).toHaveLength(1);
    expect(actorNamed(store, 'Najeem Almasri').aliases).not.toContain('Osama Almasri');

    const after = await (await app.request(res.headers.get('location')!, { headers: { Cookie: named } })).text();
    expect(after).toContain('<strong>Undone:</strong> Osama Almasri and Najeem Almasri are one actor, Najeem Almasri.');
    expect(after).toMatch(new RegExp(`<tr id="c${merge!.id}" class="undone">`));
    expect(after).toContain('Undone by web: Jane Roe');
    expect(after).toContain('“two brothers, not one man”');
    expect(after.match(/>Undo<\/button>/g)).toHaveLength(1);
    // undoing twice is refused politely
    const again = await post(app, `/corrections/${merge!.id}/undo`, { csrf }, { ...session, Cookie: named });
    expect(again.status).toBe(422);
    expect(await again.text()).toContain(`Correction ${merge!.id} was already undone`);
  });

  it('every actor correction has its form on the actor page, and events and quotes theirs', async () => {
    const { app, store } = await fresh();
    const najeem = actorNamed(store, 'Najeem Almasri');
    const html = await (await app.request(`/actors/${najeem.id}`, { headers: bearer })).text();
    for (const kind of ['merge', 'rename', 'alias-add', 'alias-remove', 'split', 'role-add', 'role-remove', 'role-date', 'hide'])
      expect(html, kind).toContain(`action="/actors/${najeem.id}/${kind}"`);
    const e = store.eventsForActor(najeem.id)[0]!;
    for (const kind of ['hide', 'date', 'place']) expect(html).toContain(`action="/events/${e.id}/${kind}"`);
    // every form asks why
    expect(html.match(/<form class="fix"/g)!.length).toBe(html.match(/name="why" required/g)!.length);
    const ventresca = actorNamed(store, 'Carla Ventresca');
    const quotes = store.quotesForActor(ventresca.id);
    const vhtml = await (await app.request(`/actors/${ventresca.id}`, { headers: bearer })).text();
    for (const q of quotes) expect(vhtml).toContain(`action="/quotes/${q.id}/hide"`);

    // a role added by an editor shows as such, with its dates; hiding a quote takes it off the page
    expect((await post(app, `/actors/${najeem.id}/role-add`, { title: 'football fan', since: '2019', until: '', why: 'his own words' }, bearer)).status).toBe(303);
    const role = await (await app.request(`/actors/${najeem.id}`, { headers: bearer })).text();
    expect(role).toMatch(/<strong>football fan<\/strong> <span class="meta">\(since 2019\)<\/span>\s*<span class="editor-made">added by an editor<\/span>/);
    expect((await post(app, `/quotes/${quotes[0]!.id}/hide`, { why: 'not a quote', back: `/actors/${ventresca.id}` }, bearer)).headers.get('location')).toMatch(new RegExp(`^/actors/${ventresca.id}\\?done=\\d+$`));
    expect(store.quotesForActor(ventresca.id)).toHaveLength(quotes.length - 1);
  });
});
