// The `briefbot` command line end to end: the real bin (through tsx) in child processes, each
// with its own database in a temp folder. Spawning is slow, so the tests run concurrently and
// share the spawns they can (a memoised ingest of the seed articles, its actors/events listings).
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, it } from 'vitest';
import { parseArticle } from '../src/ingest/index.ts';
import { openStore } from '../src/store/index.ts';
import { commands } from '../commands/index.ts';
import { discordCommands } from '../src/platforms/discord-commands.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED_DIR = join(ROOT, 'data/articles');
const ALMASRI = join(SEED_DIR, 'almasri-affair-italy-file.txt');
const MINISTERS = join(ROOT, 'tests/fixtures/cli/ministers.txt');

const TMP = mkdtempSync(join(tmpdir(), 'briefbot-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

let dirCount = 0;
/** A fresh folder under the test's temp folder. */
function tmp(): string {
  const dir = join(TMP, String(++dirCount));
  mkdirSync(dir);
  return dir;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A clean environment: no database or platform settings leak in from the caller's shell. */
function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', ...extra };
  for (const k of ['BRIEFBOT_DB', 'BRIEFBOT_WEB_TOKEN', 'DISCORD_TOKEN', 'DISCORD_APP_ID', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'])
    if (!(k in extra)) delete env[k];
  return env;
}

/** `node bin/briefbot.js ARGS` in the project folder; stdin gets `input` and is then closed. */
function cli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; nodeArgs?: string[] } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [...(opts.nodeArgs ?? []), 'bin/briefbot.js', ...args],
      { cwd: ROOT, env: baseEnv(opts.env), maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin!.end(opts.input ?? '');
  });
}

function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= fn());
}

function json<T = unknown>(run: Run, what: string): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`${what}: stdout is not JSON (exit ${run.code}): ${run.stdout.slice(0, 500)}\nstderr: ${run.stderr.slice(0, 500)}`);
  }
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

interface ActorJson {
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  articles: string[];
}
interface EventJson {
  type: string;
  summary: string;
  date: string | null;
  date_precision: string;
  date_text: string | null;
  place: string | null;
  participants: { name: string; part: string }[];
  article: string;
  sentence: string;
}

// ---- the seed database, shared: ingest, list, ingest again, list again ----

const seedDb = once(async () => {
  const db = join(tmp(), 'seed.db');
  const first = await cli(['ingest', 'data/articles', '--db', db]);
  const [actors1, events1] = await Promise.all([cli(['actors', '--json', '--db', db]), cli(['events', '--json', '--db', db])]);
  const second = await cli(['ingest', 'data/articles', '--db', db]);
  const actors2 = await cli(['actors', '--json', '--db', db]);
  return { db, first, second, actors1, events1, actors2 };
});

/** Formats a date must take at each precision in `events --json`. */
const DATE_FORMAT: Record<string, RegExp | null> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  'part-of-year': /^\d{4}$/,
  relative: null,
  unknown: null,
};

describe.concurrent('briefbot CLI', { timeout: 180_000 }, () => {
  it('ingest prints a summary; ingesting again adds nothing and changes no counts', async ({ expect }) => {
    const s = await seedDb();
    expect(s.first.code, s.first.stderr).toBe(0);
    expect(s.first.stderr).not.toMatch(/error/i);
    // The summary line, then the index's own totals (people named in both articles count once there).
    const [line1 = '', totals1 = ''] = s.first.stdout.trim().split('\n');
    expect(totals1).toMatch(/^index: 2 articles, [1-9]\d* actors, [1-9]\d* events, [1-9]\d* quotes$/);
    expect(line1).toMatch(/\b2 added\b/);
    expect(line1).toMatch(/\b0 failed\b/);
    expect(line1).toMatch(/[1-9]\d* actors/);
    expect(line1).toMatch(/[1-9]\d* events/);
    expect(line1).toMatch(/[1-9]\d* quotes/);

    expect(s.second.code, s.second.stderr).toBe(0);
    const line2 = s.second.stdout.trim();
    expect(line2).toMatch(/\b0 added\b/);
    expect(line2).toMatch(/\b0 replaced\b/);
    expect(line2).toMatch(/\b2 unchanged\b/);
    expect(line2).toMatch(/\b0 failed\b/);

    const a1 = json<ActorJson[]>(s.actors1, 'actors 1');
    const a2 = json<ActorJson[]>(s.actors2, 'actors 2');
    expect(a1.length).toBeGreaterThan(0);
    expect(a2.length).toBe(a1.length);
    expect(a2).toEqual(a1);
    const e1 = json<EventJson[]>(s.events1, 'events 1');
    expect(e1.length).toBeGreaterThan(0);
    const store = openStore(s.db);
    try {
      expect(store.counts().articles).toBe(2);
      expect(store.counts().actors).toBe(a1.length);
      expect(store.counts().events).toBe(e1.length);
    } finally {
      store.close();
    }
  });

  it('ingest reports each bad file by name on stderr, adds the good one, exits non-zero', async ({ expect }) => {
    const dir = tmp();
    const folder = join(dir, 'in');
    mkdirSync(folder);
    copyFileSync(MINISTERS, join(folder, 'good.txt'));
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00, 0xff, 0xfe, 0x00, 0x00, 0x10, 0x00]));
    const pdf = join(dir, 'notes.pdf');
    writeFileSync(pdf, 'not an article');
    const missing = join(dir, 'missing.txt');
    const db = join(dir, 'bad.db');
    const run = await cli(['ingest', folder, pdf, missing, '--db', db]);
    expect(run.code).not.toBe(0);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors, run.stderr).toHaveLength(4);
    for (const name of ['empty.txt', 'scan.txt', 'notes.pdf', 'missing.txt']) expect(errors.filter((l) => l.includes(name)), name).toHaveLength(1);
    expect(run.stderr).not.toContain('good.txt');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.stdout).toMatch(/\b1 added\b/);
    expect(run.stdout).toMatch(/\b4 failed\b/);

    // the good article is in, and `events --json` gives each date at its precision
    const events = json<EventJson[]>(await cli(['events', '--json', '--db', db]), 'events');
    expect(new Set(events.map((e) => e.date_precision))).toEqual(new Set(['day', 'month', 'year', 'part-of-year', 'relative', 'unknown']));
    for (const e of events) {
      const format = DATE_FORMAT[e.date_precision];
      if (format === null) expect(e.date, JSON.stringify(e)).toBeNull();
      else expect(e.date, JSON.stringify(e)).toMatch(format!);
    }
    expect(events.find((e) => e.type === 'arrest')?.date).toBe('2024-03-03');
    expect(events.find((e) => e.type === 'release')?.date).toBe('2024-04');
    expect(events.find((e) => e.type === 'elect')?.date).toBe('2022');
  });

  it('ingest replaces an article whose file changed: old facts gone, new ones in', async ({ expect }) => {
    const dir = tmp();
    const file = join(dir, 'almasri.txt');
    const db = join(dir, 'replace.db');
    const original = readFileSync(ALMASRI, 'utf8');
    expect(original).toContain('lawyer Luigi Mele filed a complaint');
    writeFileSync(file, original);
    const first = await cli(['ingest', file, '--db', db]);
    expect(first.stdout).toMatch(/\b1 added\b/);
    const before = openStore(db);
    try {
      expect(before.listActors().some((a) => a.name === 'Luigi Mele')).toBe(true);
    } finally {
      before.close();
    }

    writeFileSync(file, original.replace('lawyer Luigi Mele filed a complaint', 'lawyer Marco Bianchi filed a complaint'));
    const second = await cli(['ingest', file, '--db', db]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/\b1 replaced\b/);
    expect(second.stdout).toMatch(/\b0 added\b/);

    const [actorsRun, eventsRun] = await Promise.all([cli(['actors', '--json', '--db', db]), cli(['events', '--json', '--db', db])]);
    const actors = json<ActorJson[]>(actorsRun, 'actors after');
    const events = json<EventJson[]>(eventsRun, 'events after');
    expect(actors.some((a) => a.name === 'Luigi Mele')).toBe(false);
    expect(actors.some((a) => a.name === 'Marco Bianchi')).toBe(true);
    const everything = JSON.stringify(events);
    expect(everything).not.toContain('Luigi Mele');
    const complaints = events.filter((e) => e.type === 'complaint');
    expect(complaints).toHaveLength(1);
    expect(complaints[0]!.participants.map((p) => p.name)).toContain('Marco Bianchi');
    expect(complaints[0]!.sentence).toContain('lawyer Marco Bianchi filed a complaint');
    // one article, not two; the other facts came back once
    expect(new Set(events.map((e) => e.article))).toEqual(new Set([file]));
    expect(events.filter((e) => e.type === 'arrest' && e.date === '2025-01-19')).toHaveLength(1);
    const store = openStore(db);
    try {
      expect(store.counts().articles).toBe(1);
    } finally {
      store.close();
    }
  });

  it('ask "/who Almasri" answers with a cited profile, as text and as JSON', async ({ expect }) => {
    const { db } = await seedDb();
    const [text, asJson] = await Promise.all([cli(['ask', '/who Almasri', '--db', db]), cli(['ask', '/who', 'Almasri', '--format', 'json', '--db', db])]);
    expect(text.code, text.stderr).toBe(0);
    for (const s of ['Najeem Almasri', 'Libyan police chief', 'Mitiga detention center', '19 January 2025', '21 January 2025'])
      expect(text.stdout).toContain(s);
    expect(text.stdout).toMatch(/^\[1\] /m);
    expect(text.stdout.indexOf('19 January 2025')).toBeLessThan(text.stdout.indexOf('21 January 2025'));

    const p = json<{
      kind: string;
      actor: { name: string };
      events: { type: string; date: { start: string | null }; cite: number }[];
      citations: { n: number; sentence: string; article: { path: string | null } }[];
    }>(asJson, 'ask --format json');
    expect(p.kind).toBe('profile');
    expect(p.actor.name).toBe('Najeem Almasri');
    const arrest = p.events.find((e) => e.type === 'arrest');
    expect(arrest?.date.start).toBe('2025-01-19');
    const cite = p.citations.find((c) => c.n === arrest!.cite);
    expect(cite?.sentence).toContain('January 19th, 2025');
    expect(cite?.article.path).toMatch(/almasri-affair-italy-file\.txt$/);
  });

  it('ask: not found, /when and /timeline', async ({ expect }) => {
    const { db } = await seedDb();
    const [nobody, when, timeline] = await Promise.all([
      cli(['ask', '/who Nobody Atall', '--db', db]),
      cli(['ask', '/when Almasri released', '--db', db]),
      cli(['ask', '/timeline Almasri', '--db', db]),
    ]);
    expect(nobody.stdout).toMatch(/Not found/);
    expect(nobody.stdout).not.toMatch(/\((person|organization|place|other)\)/);
    expect(nobody.stdout).not.toMatch(/Roles:|Events:|Sources/);

    expect(when.code, when.stderr).toBe(0);
    expect(when.stdout).toContain('21 January 2025');
    expect(flat(when.stdout)).toContain('On January 21st, three judges of Rome’s Appeal Court (IV Sez. Penale) released Almasri');

    expect(timeline.code, timeline.stderr).toBe(0);
    const body = timeline.stdout.split('\nSources')[0]!;
    const i19 = body.indexOf('19 January 2025');
    const i21 = body.indexOf('21 January 2025');
    const iUndated = body.search(/undated/i);
    expect(i19).toBeGreaterThan(-1);
    expect(i19).toBeLessThan(i21);
    expect(iUndated).toBeGreaterThan(i21);
  });

  it('actors --json and events --json have the documented shape', async ({ expect }) => {
    const s = await seedDb();
    const actors = json<ActorJson[]>(s.actors1, 'actors');
    expect(Array.isArray(actors)).toBe(true);
    for (const a of actors) {
      expect(Object.keys(a).sort()).toEqual(['aliases', 'articles', 'name', 'roles', 'type']);
      expect(typeof a.name).toBe('string');
      expect(['person', 'organization', 'place', 'other']).toContain(a.type);
      for (const list of [a.aliases, a.roles, a.articles]) expect(list.every((x) => typeof x === 'string')).toBe(true);
    }
    const pianto = actors.filter((a) => /Piantedosi/.test(a.name) || a.aliases.some((x) => /Piantedosi/.test(x)));
    expect(pianto.map((a) => a.name)).toEqual(['Matteo Piantedosi']);
    expect(pianto[0]!.articles).toHaveLength(2);
    expect(pianto[0]!.articles.some((x) => x.includes('almasri-affair-italy-file.txt'))).toBe(true);
    expect(pianto[0]!.articles.some((x) => x.includes('Piantedosi Meets Haftar'))).toBe(true);

    const events = json<EventJson[]>(s.events1, 'events');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(Object.keys(e).sort()).toEqual(['article', 'date', 'date_precision', 'date_text', 'participants', 'place', 'sentence', 'summary', 'type']);
      const format = DATE_FORMAT[e.date_precision];
      expect(format, `precision ${e.date_precision}`).not.toBeUndefined();
      if (format === null) expect(e.date, JSON.stringify(e)).toBeNull();
      else expect(e.date, JSON.stringify(e)).toMatch(format!);
    }
    // in date order, undated last
    const firstUndated = events.findIndex((e) => e.date === null);
    if (firstUndated >= 0) expect(events.slice(firstUndated).every((e) => e.date === null)).toBe(true);
    // "2025" (mid-2025) may follow "2025-01-21": compare each neighbour at the coarser precision
    const dated = events.filter((e) => e.date !== null).map((e) => e.date!);
    for (let i = 1; i < dated.length; i++) {
      const n = Math.min(dated[i - 1]!.length, dated[i]!.length);
      expect(dated[i - 1]!.slice(0, n) <= dated[i]!.slice(0, n), `${dated[i - 1]} before ${dated[i]}`).toBe(true);
    }
    const arrest = events.find((e) => e.type === 'arrest' && e.participants.some((p) => p.name === 'Najeem Almasri'));
    expect(arrest).toMatchObject({ date: '2025-01-19', date_precision: 'day', date_text: 'January 19th, 2025' });
  });

  it('extract --json prints mentions with offsets into the article text, and stores nothing', async ({ expect }) => {
    const dir = tmp();
    const raw = readFileSync(ALMASRI, 'utf8');
    const run = await cli(['extract', '--json', '--db', join(dir, 'flag.db')], { input: raw, env: { BRIEFBOT_DB: join(dir, 'env.db') } });
    expect(run.code, run.stderr).toBe(0);
    const out = json<{
      mentions: { text: string; start: number; end: number; type: string; sentenceIndex: number }[];
      actors: { name: string }[];
      events: { type: string; date: { value: string | null } }[];
      quotes: { words: string }[];
    }>(run, 'extract');
    expect(out.mentions.length).toBeGreaterThan(20);
    const article = parseArticle(raw, { path: '<stdin>', format: 'txt' });
    for (const m of out.mentions) {
      expect(typeof m.start).toBe('number');
      expect(typeof m.end).toBe('number');
      expect(article.text.slice(m.start, m.end), JSON.stringify(m)).toBe(m.text);
    }
    expect(out.mentions.some((m) => m.text === 'Najeem Almasri' && m.type === 'person')).toBe(true);
    expect(out.actors.some((a) => a.name === 'Najeem Almasri')).toBe(true);
    expect(out.events.some((e) => e.type === 'arrest' && e.date.value === '2025-01-19')).toBe(true);
    expect(out.quotes.length).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('ask, ingest and extract answer without loading the Discord or Slack clients (half a second of start-up)', async ({ expect }) => {
    const { db } = await seedDb();
    // a module hook that names every package the process imports, on stderr
    const dir = tmp();
    const hooks = join(dir, 'hooks.mjs');
    writeFileSync(hooks, "export async function resolve(s, c, next) { if (!s.startsWith('.') && !s.startsWith('node:') && !s.startsWith('file:')) process.stderr.write(`imports ${s}\\n`); return next(s, c); }\n");
    const register = join(dir, 'register.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
    const nodeArgs = ['--import', pathToFileURL(register).href];
    const [ask, ingest, extracted, deploy] = await Promise.all([
      cli(['ask', '/who Almasri', '--db', db], { nodeArgs }),
      cli(['ingest', 'data/articles', '--db', db], { nodeArgs }),
      cli(['extract'], { nodeArgs, input: 'Rome, Jan 5 - Giorgia Meloni met Joe Biden on Monday.' }),
      cli(['discord', 'deploy', '--print'], { nodeArgs }),
    ]);
    for (const run of [ask, ingest, extracted]) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/^imports commander$/m);
      expect(run.stderr).not.toMatch(/^imports (?:discord\.js|@slack\/bolt)$/m);
    }
    expect(ask.stdout).toContain('Najeem Almasri');
    // the hook does see them where they are needed
    expect(deploy.code, deploy.stderr).toBe(0);
    expect(deploy.stderr).toMatch(/^imports discord\.js$/m);
  });

  it('discord deploy --print and slack manifest print what the definitions derive, without tokens', async ({ expect }) => {
    const [deploy, manifest, yaml, http, badUrl, badEnv] = await Promise.all([
      cli(['discord', 'deploy', '--print']),
      cli(['slack', 'manifest']),
      cli(['slack', 'manifest', '--yaml'], { env: { SLACK_COMMAND_PREFIX: '' } }),
      cli(['slack', 'manifest', '--url', 'https://bot.example.org/']),
      cli(['slack', 'manifest', '--url', 'http://bot.example.org']),
      cli(['start'], { env: { SLACK_BOT_TOKEN: 'xoxb-1' } }),
    ]);
    expect(json(deploy, 'deploy --print')).toEqual(JSON.parse(JSON.stringify(discordCommands(commands))));
    const m = json<{ features: { slash_commands: { command: string; url?: string }[] }; settings: { socket_mode_enabled: boolean } }>(manifest, 'manifest');
    expect(m.features.slash_commands.map((c) => c.command)).toEqual(commands.map((c) => `/bb-${c.name}`));
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(yaml.stdout).toMatch(/^\s+- command: \/who$/m);
    const h = json<typeof m>(http, 'manifest --url');
    expect(h.settings.socket_mode_enabled).toBe(false);
    for (const c of h.features.slash_commands) expect(c.url).toBe('https://bot.example.org/slack/events');
    expect(badUrl.code).toBe(1);
    expect(badUrl.stderr).toMatch(/must start with https:\/\//);
    // a half-configured platform stops at start-up with a sentence, not a stack trace
    expect(badEnv.code).toBe(1);
    expect(badEnv.stderr).toMatch(/Slack needs SLACK_APP_TOKEN .* or SLACK_SIGNING_SECRET/);
    expect(badEnv.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('start stops and exits non-zero when a platform cannot connect, with a sentence and no token in the output', async ({ expect }) => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB';
    const run = await cli(['start', '--db', join(mkdtempSync(join(tmpdir(), 'briefbot-down-')), 'index.db')], {
      env: { DISCORD_TOKEN: token, DISCORD_APP_ID: '123456789012345678', DISCORD_API_URL: 'http://127.0.0.1:9/api', LOG_LEVEL: 'info' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^briefbot: could not reach Discord at http:\/\/127\.0\.0\.1:9\/api \(ECONNREFUSED\); check the network and DISCORD_API_URL$/m);
    expect(run.stderr + run.stdout).not.toContain(token);
  });

  it('start with piped stdin fills an empty database with the bundled articles, answers, exits 0', async ({ expect }) => {
    const dir = tmp();
    const db = join(dir, 'start.db');
    const run = await cli(['start', '--db', db], { input: '/who Almasri\n/help\n' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.stdout).toContain('> /who Almasri');
    expect(run.stdout).toContain('Najeem Almasri');
    expect(run.stdout).toContain('19 January 2025');
    expect(run.stdout).toContain('> /help');
    for (const c of ['/who', '/when', '/timeline', '/help']) expect(run.stdout).toContain(c);
    const store = openStore(db);
    try {
      expect(store.counts().articles).toBe(2);
    } finally {
      store.close();
    }
  });

  it('backup copies the index whole, also while an ingest writes to it; an existing file is never overwritten', async ({ expect }) => {
    const { db: seed } = await seedDb();
    const dir = tmp();
    const copy = join(dir, 'copy.db');
    const done = await cli(['backup', copy, '--db', seed]);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/^backed up the index to .*copy\.db \([\d.]+ MB\): 2 articles, \d+ actors/);
    const again = await cli(['ask', '/who Almasri', '--db', copy]);
    expect(again.stdout).toContain('Najeem Almasri (person)');

    const before = readFileSync(copy);
    const refused = await cli(['backup', copy, '--db', seed]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists; give a new file name/);
    expect(readFileSync(copy).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['copy.db']); // no partial file left behind

    // a copy taken in the middle of an ingest holds whole articles only
    const live = join(dir, 'live.db');
    const ingest = cli(['ingest', 'tests/fixtures/dev', 'tests/fixtures/wire', 'data/articles', '--db', live]);
    let finished = false;
    void ingest.then(() => (finished = true));
    const copies: Run[] = [];
    while (!finished) {
      await new Promise((r) => setTimeout(r, 200));
      if (existsSync(live) && !finished) copies.push(await cli(['backup', join(dir, `mid-${copies.length}.db`), '--db', live]));
    }
    expect((await ingest).code).toBe(0);
    expect(copies.length).toBeGreaterThan(0);
    for (const [i, c] of copies.entries()) {
      expect(c.code, c.stderr).toBe(0);
      const store = openStore(join(dir, `mid-${i}.db`), { readonly: true });
      for (const a of store.listArticles()) expect(store.storedArticle(a.id)?.sentences.length ?? 0).toBeGreaterThan(0);
      store.close();
    }
  });

  it('export --json and import carry corrections between indexes; a bad file changes nothing; web refuses to serve without a token', async ({ expect }) => {
    const { db: seed } = await seedDb();
    const dir = tmp();
    const [a, b] = [join(dir, 'a.db'), join(dir, 'b.db')];
    copyFileSync(seed, a);
    copyFileSync(seed, b);
    const fixed = await cli(['ask', '/fix alias Najeem Almasri, Osama Njeem reason:"the ICC spelling"', '--db', a]);
    expect(fixed.stdout).toContain('Najeem Almasri also goes by “Osama Njeem”.');
    const exported = await cli(['export', '--json', '--db', a]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(json<{ corrections: { data: { kind: string }; reason: string }[] }>(exported, 'export').corrections).toMatchObject([{ data: { kind: 'alias-add' }, reason: 'the ICC spelling' }]);
    const file = join(dir, 'corrections.json');
    writeFileSync(file, exported.stdout);

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"briefbot":"corrections","version":1,"corrections":[{"data":{"kind":"merge"}}]}');
    const refused = await cli(['import', bad, '--db', b]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/^briefbot: That file is not a briefbot corrections export .*nothing was imported/);
    expect((await cli(['import', join(dir, 'missing.json'), '--db', b])).stderr).toMatch(/^briefbot: could not read .*missing\.json \(ENOENT\)/);

    const imported = await cli(['import', file, '--db', b]);
    expect(imported.stdout).toBe('imported 1 corrections (0 already recorded)\n');
    expect((await cli(['import', file, '--db', b])).stdout).toBe('imported 0 corrections (1 already recorded)\n');
    expect((await cli(['ask', '/who Osama Njeem', '--db', b])).stdout).toMatch(/^Najeem Almasri \(person\)/m);

    const web = await cli(['web', '--db', b]);
    expect(web.code).toBe(1);
    expect(web.stderr).toMatch(/^briefbot: Configuration error: set BRIEFBOT_WEB_TOKEN/);
  });

  it('BRIEFBOT_DB is honoured when --db is absent, and --db wins over it', async ({ expect }) => {
    const dir = tmp();
    const envDb = join(dir, 'env.db');
    const env = { BRIEFBOT_DB: envDb };
    const ingest = await cli(['ingest', MINISTERS], { env });
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stdout).toMatch(/\b1 added\b/);
    expect(existsSync(envDb)).toBe(true);

    const { db: seed } = await seedDb();
    const [actors, ask, override, start] = await Promise.all([
      cli(['actors', '--json'], { env }),
      cli(['ask', '/who Benali'], { env }),
      cli(['ask', '/who Almasri', '--db', seed], { env: { BRIEFBOT_DB: join(dir, 'never.db') } }),
      cli(['start'], { env: { BRIEFBOT_DB: join(dir, 'started.db') }, input: '/who Benali\n' }),
    ]);
    const names = json<ActorJson[]>(actors, 'actors').map((a) => a.name);
    expect(names).toContain('Omar Benali');
    expect(names).not.toContain('Najeem Almasri');
    expect(ask.stdout).toContain('Omar Benali (person)');
    expect(override.stdout).toContain('Najeem Almasri (person)');
    expect(existsSync(join(dir, 'never.db'))).toBe(false);
    // start's own database: filled with the bundled articles, which know no Benali
    expect(start.code, start.stderr).toBe(0);
    expect(existsSync(join(dir, 'started.db'))).toBe(true);
    expect(start.stdout).toMatch(/Not found/);
  });
});
