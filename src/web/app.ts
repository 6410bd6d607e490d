// The curation web page as a Hono app: browse and search what the index holds, see each fact's
// sentence in its article, make and undo corrections (src/curate/). Pure: no socket here, so
// tests drive it with app.request(); startWeb (server.ts) serves it.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Correction, CorrectionData } from '../domain.ts';
import { correct, CorrectionError, describe, listCorrections, oneLine, undo, whereDid, type CorrectionRequest } from '../curate/index.ts';
import { logger, serializeError } from '../log.ts';
import { completeNames, resolveName } from '../search/resolve.ts';
import type { ActorBrief, Store } from '../store/index.ts';
import { bearer, EDITOR_COOKIE, localPath, sameOrigin, SESSION_COOKIE, SESSION_MS, Sessions, type Session } from './auth.ts';
import { h, type Html } from './html.ts';
import { STYLE, type View } from './page.ts';
import { actorPage, articlePage, correctionsPage, editorPage, errorPage, eventsPage, homePage, loginPage, notFoundPage, refusedPage, unauthorizedPage } from './views.ts';

export interface WebOptions {
  store: Store;
  /** The token editors sign in with (BRIEFBOT_WEB_TOKEN). */
  token: string;
  /** The clock corrections and sessions are dated by (tests set it). */
  now?: () => Date;
}

type Env = { Variables: { session: Session | null } };

/** What a page says when the web token is missing: one sentence, as configuration errors are. */
export const NO_TOKEN =
  'Configuration error: the web page needs a token and none is set; set BRIEFBOT_WEB_TOKEN to a secret of at least 16 characters (make one with: openssl rand -hex 24).';

const MAX_EDITOR = 80;
const MAX_BODY = 64 * 1024;

/** Headers on every answer, the 401s and errors too. */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const ACTOR_FIXES = ['merge', 'rename', 'alias-add', 'alias-remove', 'split', 'role-add', 'role-remove', 'role-date', 'hide'] as const;
const EVENT_FIXES = ['hide', 'date', 'place'] as const;

export function createWebApp(o: WebOptions): Hono<Env> {
  if (!o.token) throw new Error(NO_TOKEN);
  const store = o.store;
  const now = o.now ?? (() => new Date());
  const sessions = new Sessions(o.token, now);
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('*', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    return bodyLimit({ maxSize: MAX_BODY, onError: (cc) => cc.text('That form is too large.', 413) })(c, next);
  });

  app.onError((err, c) => {
    logger.error({ err: serializeError(err), path: c.req.path }, 'web page failed');
    return c.html(errorPage(view(c)), 500);
  });

  // -- before sign-in: the style sheet and the sign-in form --

  app.get('/style.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'max-age=3600');
    return c.body(STYLE);
  });

  app.get('/login', (c) => {
    const next = localPath(c.req.query('next'));
    if (sessionOf(c)) return c.redirect(next, 303);
    return c.html(loginPage(view(c), next, null));
  });

  app.post('/login', async (c) => {
    if (!fromThisSite(c)) return forbidden(c);
    const form = await c.req.parseBody();
    const next = localPath(form.next);
    const token = typeof form.token === 'string' ? form.token : '';
    // the right token always gets in: the throttle slows guessing, it must not lock editors out
    const right = sessions.checkToken(token);
    if (!right && sessions.throttled()) return c.html(loginPage(view(c), next, 'Too many wrong tokens were tried in the last minute. Wait a minute and try again.'), 429);
    if (!right) {
      sessions.failed();
      logger.warn({ from: c.req.header('x-forwarded-for') ?? null }, 'web sign-in with a wrong token');
      return c.html(loginPage(view(c), next, 'That token is not the one the bot was configured with.'), 401);
    }
    const old = getCookie(c, SESSION_COOKIE);
    if (old) sessions.end(old);
    const s = sessions.create();
    setCookie(c, SESSION_COOKIE, s.id, { httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c), maxAge: SESSION_MS / 1000 });
    return c.redirect(next, 303);
  });

  // -- everything else needs the token --

  app.use('*', async (c, next) => {
    const given = bearer(c.req.header('Authorization'));
    if (given !== null) {
      const right = sessions.checkToken(given);
      if (!right && sessions.throttled()) return c.text('Too many wrong tokens were tried in the last minute.', 429);
      if (!right) {
        sessions.failed();
        return unauthorized(c);
      }
      c.set('session', null);
    } else {
      const s = sessionOf(c);
      if (!s) return unauthorized(c);
      c.set('session', s);
    }
    if (c.req.method === 'POST') {
      if (!fromThisSite(c)) return forbidden(c);
      const s = c.get('session');
      if (s) {
        const form = await c.req.parseBody();
        if (typeof form.csrf !== 'string' || form.csrf !== s.csrf) return forbidden(c);
      }
    }
    return next();
  });

  app.post('/logout', (c) => {
    const s = c.get('session');
    if (s) sessions.end(s.id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });

  app.get('/', (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 200);
    return c.html(homePage(view(c), store, q, q ? search(q) : { actors: [], note: null, events: [], articles: [] }));
  });

  app.get('/actors/:id', (c) => {
    const id = idParam(c.req.param('id'));
    const actor = store.getActor(id);
    if (!actor) {
      // an old link: follow a merge to the actor it went into; say which correction hid it
      const went = whereDid(store, id);
      if (went?.merged) return c.redirect(`/actors/${went.merged}`, 302);
      const why = went ? `Correction ${went.correction.id} hid it: ${describe(went.correction.data)}` : 'It may have been merged into another, or hidden.';
      return c.html(notFoundPage(view(c), `There is no such actor. ${why}`), 404);
    }
    return c.html(actorPage(view(c), store, actor));
  });

  app.get('/articles/:id', (c) => {
    const s = c.req.query('s');
    const page = articlePage(view(c), store, idParam(c.req.param('id')), s !== undefined && /^\d{1,6}$/.test(s) ? Number(s) : null);
    return page ? c.html(page) : c.html(notFoundPage(view(c), 'There is no such article.'), 404);
  });

  app.get('/events', (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 200);
    const pageNo = Number(c.req.query('page') ?? '1') || 1;
    return c.html(eventsPage(view(c), q, eventsFor(q), pageNo));
  });

  app.get('/corrections', (c) => c.html(correctionsPage(view(c), listCorrections(store))));

  app.get('/editor', (c) => c.html(editorPage(view(c), getCookie(c, EDITOR_COOKIE) ?? '')));

  app.post('/editor', async (c) => {
    const form = await c.req.parseBody();
    const name = oneLine(typeof form.name === 'string' ? form.name : '').slice(0, MAX_EDITOR);
    if (name) setCookie(c, EDITOR_COOKIE, name, { httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c), maxAge: 365 * 86_400 });
    else deleteCookie(c, EDITOR_COOKIE, { path: '/' });
    return c.redirect('/', 303);
  });

  // -- corrections --

  app.post('/actors/:id/:kind', async (c) => {
    const kind = c.req.param('kind');
    if (!(ACTOR_FIXES as readonly string[]).includes(kind)) return c.notFound();
    const id = idParam(c.req.param('id'));
    return fixPost(c, `/actors/${id}`, (f) => actorRequest(kind as (typeof ACTOR_FIXES)[number], id, f));
  });

  app.post('/events/:id/:kind', async (c) => {
    const kind = c.req.param('kind');
    if (!(EVENT_FIXES as readonly string[]).includes(kind)) return c.notFound();
    const event = idParam(c.req.param('id'));
    return fixPost(c, '/events', (f) =>
      kind === 'hide' ? { kind: 'hide-event', event } : kind === 'date' ? { kind: 'event-date', event, date: f('date') } : { kind: 'event-place', event, place: f('place') },
    );
  });

  app.post('/quotes/:id/hide', async (c) => {
    const quote = idParam(c.req.param('id'));
    return fixPost(c, '/', () => ({ kind: 'hide-quote', quote }));
  });

  app.post('/corrections/:id/undo', async (c) => {
    const id = idParam(c.req.param('id'));
    const form = await c.req.parseBody();
    const why = typeof form.why === 'string' ? form.why : null;
    try {
      const done = await undo(store, id, await by(c), now(), why);
      logger.info({ correction: id, by: done.correction.undoneBy }, 'correction undone on the web page');
      return c.redirect(`/corrections?undone=${id}`, 303);
    } catch (err) {
      if (!(err instanceof CorrectionError)) throw err;
      return c.html(correctionsPage({ ...view(c), problem: err.message, problemTitle: 'That correction was not undone' }, listCorrections(store)), 422);
    }
  });

  app.notFound((c) => c.html(notFoundPage(view(c), 'There is no such page.'), 404));

  return app;

  // -- helpers (hoisted; they close over the store and sessions) --

  function sessionOf(c: Context<Env>): Session | null {
    return sessions.get(getCookie(c, SESSION_COOKIE));
  }

  function fromThisSite(c: Context<Env>): boolean {
    return sameOrigin(c.req.url, c.req.header('Origin'), c.req.header('Sec-Fetch-Site'));
  }

  function forbidden(c: Context<Env>) {
    return c.html(refusedPage(), 403);
  }

  function unauthorized(c: Context<Env>) {
    c.header('WWW-Authenticate', 'Bearer realm="briefbot"');
    return c.html(unauthorizedPage(localPath(c.req.path + new URL(c.req.url).search)), 401);
  }

  function view(c: Context<Env>): View {
    const url = new URL(c.req.url);
    const done = url.searchParams.get('done');
    const undone = url.searchParams.get('undone');
    url.searchParams.delete('done');
    url.searchParams.delete('undone');
    const s = c.get('session') ?? null;
    return {
      csrf: s?.csrf ?? '',
      editor: editorName(c),
      here: url.pathname + url.search,
      flash: flash(done, undone),
    };
  }

  function flash(done: string | null, undone: string | null): Html | null {
    const get = (id: string | null): Correction | null => (id && /^\d{1,12}$/.test(id) ? store.corrections.get(Number(id)) : null);
    const d = get(done);
    if (d) return h`<p><strong>Done:</strong> ${describe(d.data)} <a href="/corrections#c${d.id}">Correction ${d.id}</a> is in the log, where it can be undone.</p>`;
    const u = get(undone);
    if (u) return h`<p><strong>Undone:</strong> ${describe(u.data)} The facts are as the articles give them again.</p>`;
    return null;
  }

  function editorName(c: Context<Env>): string {
    return getCookie(c, EDITOR_COOKIE)?.slice(0, MAX_EDITOR) || 'web editor';
  }

  async function by(c: Context<Env>): Promise<string> {
    const form = await c.req.parseBody();
    const typed = oneLine(typeof form.editor === 'string' ? form.editor : '').slice(0, MAX_EDITOR);
    const name = typed || getCookie(c, EDITOR_COOKIE)?.slice(0, MAX_EDITOR) || '';
    return name ? `web: ${name}` : 'web editor';
  }

  /** Makes a correction from a form, then goes back with what changed, or shows why it was not made. */
  async function fixPost(c: Context<Env>, fallback: string, toRequest: (field: (k: string) => string) => CorrectionRequest): Promise<Response> {
    const form = await c.req.parseBody();
    const field = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : '');
    const back = localPath(field('back'), fallback);
    try {
      const request = toRequest(field);
      const done = correct(store, request, await by(c), field('why'), now());
      logger.info({ correction: done.correction.id, kind: done.correction.data.kind, by: done.correction.by }, 'correction made on the web page');
      return c.redirect(withParam(after(back, done.correction.data), 'done', String(done.correction.id)), 303);
    } catch (err) {
      if (!(err instanceof CorrectionError)) throw err;
      return rerender(c, back, err.message);
    }
  }

  /** The page a form came from, again, with the problem on top: nothing was changed. */
  function rerender(c: Context<Env>, back: string, problem: string): Response {
    const url = new URL(back, 'http://x');
    const v: View = { ...view(c), here: url.pathname + url.search, problem };
    const actor = /^\/actors\/(\d+)$/.exec(url.pathname);
    const article = /^\/articles\/(\d+)$/.exec(url.pathname);
    let body: Html | null = null;
    if (actor) {
      const a = store.getActor(Number(actor[1]));
      if (a) body = actorPage(v, store, a);
    } else if (article) {
      const s = url.searchParams.get('s');
      body = articlePage(v, store, Number(article[1]), s && /^\d+$/.test(s) ? Number(s) : null);
    } else if (url.pathname === '/events') {
      const q = url.searchParams.get('q') ?? '';
      body = eventsPage(v, q, eventsFor(q), Number(url.searchParams.get('page') ?? '1') || 1);
    } else if (url.pathname === '/corrections') body = correctionsPage(v, listCorrections(store));
    if (!body) {
      const q = url.searchParams.get('q') ?? '';
      body = homePage({ ...v, here: '/' }, store, q, q ? search(q) : { actors: [], note: null, events: [], articles: [] });
    }
    return c.html(body, 422);
  }

  /** Where to go after a correction: back, unless the actor it was on is gone (merged, renamed away, hidden). */
  function after(back: string, d: CorrectionData): string {
    const m = /^\/actors\/(\d+)(?:[?#]|$)/.exec(back);
    if (!m || store.getActor(Number(m[1]))) return back;
    const key = d.kind === 'merge' ? d.into : d.kind === 'rename' ? { ...d.actor, name: d.name } : 'actor' in d && d.kind !== 'hide-actor' ? d.actor : null;
    const id = key ? store.corrections.findActor(key) : null;
    return id !== null ? `/actors/${id}` : '/';
  }

  function actorRequest(kind: (typeof ACTOR_FIXES)[number], actor: number, f: (k: string) => string): CorrectionRequest {
    switch (kind) {
      case 'merge':
        return { kind: 'merge', into: actor, from: otherActor(actor, f('other')) };
      case 'rename':
        return { kind: 'rename', actor, name: f('name') };
      case 'alias-add':
      case 'alias-remove':
        return { kind, actor, alias: f('alias') };
      case 'split':
        return { kind: 'split', actor, name: f('name') };
      case 'role-add':
      case 'role-date':
        return { kind, actor, title: f('title'), since: f('since') || null, until: f('until') || null };
      case 'role-remove':
        return { kind: 'role-remove', actor, title: f('title') };
      case 'hide':
        return { kind: 'hide-actor', actor };
    }
  }

  /** The actor an editor typed to merge in: a number (#12), or a name resolved as /who resolves it. */
  function otherActor(self: number, typed: string): number {
    const t = oneLine(typed);
    if (!t) throw new CorrectionError('Give the other actor: a name, or a number such as #12.');
    const n = /^#?(\d{1,12})$/.exec(t);
    if (n) {
      const id = Number(n[1]);
      if (!store.getActor(id)) throw new CorrectionError(`There is no actor #${id}.`);
      return id;
    }
    const r = resolveName(store, t);
    if (r.kind === 'found') return r.actorId;
    if (r.kind === 'ambiguous') {
      // this actor among the namesakes is not the one meant
      const others = r.actorIds.filter((id) => id !== self);
      if (others.length === 1) return others[0]!;
      const named = store.actorBriefs(others.slice(0, 8)).map((b) => `${b.name} (#${b.id})`);
      throw new CorrectionError(`“${t}” could be ${named.join(', ')}: type the full name, or the number.`);
    }
    const maybe = r.suggestions.map((s) => s.name).slice(0, 3);
    throw new CorrectionError(`No actor is called “${t}”${maybe.length ? `; did you mean ${maybe.map((m) => `“${m}”`).join(' or ')}?` : '.'}`);
  }

  function search(q: string): { actors: ActorBrief[]; note: string | null; events: ReturnType<Store['searchEvents']>; articles: ReturnType<Store['listArticles']> } {
    const r = resolveName(store, q);
    const ids: number[] = r.kind === 'found' ? [r.actorId] : r.kind === 'ambiguous' ? [...r.actorIds] : [];
    for (const x of completeNames(store, q, 20)) if (!ids.includes(x.actorId)) ids.push(x.actorId);
    const note = r.kind === 'none' && r.suggestions.length && !ids.length ? `No actor is called that; did you mean ${r.suggestions.map((s) => s.name).join(', ')}?` : null;
    if (r.kind === 'none') for (const s of r.suggestions) if (!ids.includes(s.actorId)) ids.push(s.actorId);
    const terms = q.split(/\s+/).filter(Boolean).slice(0, 8);
    const articles = new Map<number, ReturnType<Store['listArticles']>[number]>();
    for (const a of [...store.findArticles(q), ...store.articlesTitled(q)]) articles.set(a.id, a);
    return { actors: store.actorBriefs(ids.slice(0, 20)), note, events: terms.length ? store.searchEvents(terms) : [], articles: [...articles.values()] };
  }

  function eventsFor(q: string) {
    const terms = q.split(/\s+/).filter(Boolean).slice(0, 8);
    return terms.length ? store.searchEvents(terms) : store.listEvents();
  }
}

function idParam(s: string): number {
  return /^\d{1,12}$/.test(s) ? Number(s) : -1;
}

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:';
}

function withParam(path: string, key: string, value: string): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set(key, value);
  // URL resolves "/..//evil.example" to a path that starts "//": a redirect to another site
  return localPath(url.pathname + url.search + url.hash);
}
